/**
 * Marks every error the SDK throws. A registered symbol rather than `instanceof` alone, so two
 * copies of the SDK on one page (a widget bundle and an integrator's own) still recognise each
 * other's errors.
 */
const brand = Symbol.for('vangnet.error');

/** What every SDK error may carry besides its message. */
export interface VangnetErrorOptions {
  /** The error underneath, e.g. the `TypeError` of a failed `fetch`. */
  cause?: unknown;
  /** The SDK method that failed, such as `appointments.book`. */
  operation?: string | undefined;
}

/**
 * The base of every error the SDK throws. Messages are fixed English sentences for developers; they
 * never contain personal data, tokens or request bodies, so they are safe to log.
 *
 * @example
 * ```ts
 * try {
 *   await client.appointments.book(input);
 * } catch (error) {
 *   if (error instanceof SlotTakenError) showOtherSlots();
 *   else if (error instanceof VangnetError) showGenericError();
 *   else throw error;
 * }
 * ```
 */
export class VangnetError extends Error {
  override name = 'VangnetError';
  /** The SDK method that failed, such as `appointments.book`, when known. */
  readonly operation: string | undefined;
  readonly [brand] = true;

  constructor(message: string, options: VangnetErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.operation = options.operation;
  }
}

/** Whether `value` is an error thrown by (any copy of) the SDK. */
export function isVangnetError(value: unknown): value is VangnetError {
  return typeof value === 'object' && value !== null && brand in value;
}
