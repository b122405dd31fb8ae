/** The result of one SQL statement. */
export interface QueryResult<Row> {
  rows: Row[];
  /** Rows inserted, updated or deleted. */
  rowCount: number;
}

/** Something that runs parameterised SQL: the database, or one transaction of it. */
export interface Queryable {
  query<Row = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<Row>>;
  /** Runs several statements at once (migrations); no parameters. */
  exec(sql: string): Promise<void>;
  /**
   * Inside a transaction: once it has committed, this database's own listeners on `channel` hear
   * `payload` at once. A trigger's NOTIFY reaches every instance, but only some time after the
   * commit; a request that changed something and then reads it on the same instance must not see
   * the old state meanwhile. Absent outside a transaction.
   */
  notifyOwnListeners?(channel: string, payload: string): void;
}

/** What a listener on a channel hears. */
export interface ChannelHandlers {
  /** A notification on the channel, with its payload. */
  notify(payload: string): void;
  /**
   * Whether notifications can be heard: `true` once the database listens, `false` when the
   * listening connection is lost. Between the two, changes go unheard.
   */
  listening(up: boolean): void;
}

/**
 * PostgreSQL, on a server (`pg`) or embedded (PGlite): the same SQL runs on both, so the server's
 * store has one implementation.
 */
export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Listens on a notification channel (`LISTEN`), on a connection of its own that is opened
   * again when it is lost. Resolves with the function that stops listening. After
   * {@link Queryable.exec} resolves, the listeners have heard what it notified.
   */
  listen?(channel: string, handlers: ChannelHandlers): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
