import {
  DevUserListSchema,
  DevSignInResultSchema,
  MonitoringSchema,
  ScheduleUpdatedSchema,
  StaffAppointmentListSchema,
  StaffAppointmentSchema,
  StaffCallbackRequestListSchema,
  StaffCallbackRequestSchema,
  StaffLocationListSchema,
  StaffLocationSchema,
  StaffMeSchema,
  StaffOutboxListSchema,
  StaffReferralListSchema,
  StaffReferralSchema,
  StaffSignInSchema,
  type DevSignInResult,
  type DevUser,
  type LocationSchedule,
  type MonitoringQuery,
  type MonitoringRow,
  type ScheduleUpdated,
  type StaffAppointment,
  type StaffCallbackQuery,
  type StaffCallbackRequest,
  type StaffCancelInput,
  type StaffLocation,
  type StaffMe,
  type StaffMoveInput,
  type StaffOutboxMessage,
  type StaffOutboxQuery,
  type StaffReferral,
  type StaffReferralSummary,
  type StaffSignIn,
  type StatusChangeInput,
} from '@vangnet/sdk';
import type * as z from 'zod/mini';

/** A failed staff request: the HTTP status and the problem type, never personal data. */
export class StaffRequestError extends Error {
  readonly status: number;
  readonly type: string | undefined;

  constructor(status: number, type: string | undefined) {
    super(`Staff request failed with ${status}${type ? ` (${type})` : ''}`);
    this.name = 'StaffRequestError';
    this.status = status;
    this.type = type;
  }
}

export interface QueueFilter {
  service?: string;
  municipality?: string;
  status?: string;
}

/** `?name=value&…` of the filter's set values; empty without any. */
function queryOf(filter: object): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filter))
    if (value !== undefined && value !== '') query.set(name, String(value));
  const text = query.toString();
  return text ? `?${text}` : '';
}

const segment = encodeURIComponent;

/**
 * The staff API (`/v1/staff/`) for the workspace. The access token lives in this object only:
 * never in `localStorage`, `sessionStorage` or a cookie, so closing the tab signs out.
 */
export class StaffClient {
  readonly #base: string;
  #token: string | undefined;

  constructor(base: string) {
    this.#base = base.replace(/\/$/, '');
  }

  get signedIn(): boolean {
    return this.#token !== undefined;
  }

  signOut(): void {
    this.#token = undefined;
  }

  /** The demo users of the development sign-in; `undefined` when it is off (404). */
  async devUsers(): Promise<readonly DevUser[] | undefined> {
    try {
      return (await this.#send('GET', '/v1/staff/dev-signin', DevUserListSchema, undefined, false))
        .users;
    } catch (error) {
      if (error instanceof StaffRequestError && error.status === 404) return undefined;
      throw error;
    }
  }

  async devSignIn(user: string): Promise<DevSignInResult> {
    const result = await this.#send(
      'POST',
      '/v1/staff/dev-signin',
      DevSignInResultSchema,
      { user },
      false,
    );
    this.#token = result.accessToken;
    return result;
  }

  /** How to sign in here: the provider, the development sign-in, the partner key. */
  signInOptions(): Promise<StaffSignIn> {
    return this.#send('GET', '/v1/staff/signin', StaffSignInSchema, undefined, false);
  }

  /** Signs in with an access token from the provider (`sign-in/oidc-sign-in.ts`). */
  useToken(accessToken: string): void {
    this.#token = accessToken;
  }

  me(): Promise<StaffMe> {
    return this.#send('GET', '/v1/staff/me', StaffMeSchema);
  }

  async queue(filter: QueueFilter = {}): Promise<{ items: StaffReferralSummary[]; total: number }> {
    return this.#send(
      'GET',
      `/v1/staff/referrals${queryOf({ ...filter, limit: 200 })}`,
      StaffReferralListSchema,
    );
  }

  referral(id: string): Promise<StaffReferral> {
    return this.#send('GET', `/v1/staff/referrals/${encodeURIComponent(id)}`, StaffReferralSchema);
  }

  changeStatus(id: string, change: StatusChangeInput): Promise<StaffReferral> {
    return this.#send(
      'POST',
      `/v1/staff/referrals/${encodeURIComponent(id)}/status`,
      StaffReferralSchema,
      change,
    );
  }

  /** Your locations with their schedules (an admin: every location). */
  async locations(): Promise<StaffLocation[]> {
    return (await this.#send('GET', '/v1/staff/locations', StaffLocationListSchema)).items;
  }

  /** One location's weekly hours, slot length and exceptions. */
  schedule(locationId: string): Promise<StaffLocation> {
    return this.#send(
      'GET',
      `/v1/staff/locations/${segment(locationId)}/schedule`,
      StaffLocationSchema,
    );
  }

  /**
   * Sets the schedule the public slots are cut from. Booked appointments it no longer covers stay
   * booked: the answer lists them (`needsMove`) to move or cancel with the person.
   * @param version The version the change was made on (`StaffLocation.version`): when someone
   *   changed the schedule since, this throws a `StaffRequestError` with status 412 and nothing
   *   is saved.
   */
  putSchedule(
    locationId: string,
    schedule: LocationSchedule,
    version: string,
  ): Promise<ScheduleUpdated> {
    return this.#send(
      'PUT',
      `/v1/staff/locations/${segment(locationId)}/schedule`,
      ScheduleUpdatedSchema,
      schedule,
      true,
      { 'If-Match': `"${version}"` },
    );
  }

  /** Booked appointments from now on that the location's schedule no longer has (audited). */
  async needsMove(locationId: string): Promise<StaffAppointment[]> {
    return (
      await this.#send(
        'GET',
        `/v1/staff/locations/${segment(locationId)}/needs-move`,
        StaffAppointmentListSchema,
      )
    ).items;
  }

  /** The appointments of one day (`2026-03-05`, Amsterdam) at the location (audited). */
  async appointments(locationId: string, date: string): Promise<StaffAppointment[]> {
    return (
      await this.#send(
        'GET',
        `/v1/staff/locations/${segment(locationId)}/appointments${queryOf({ date })}`,
        StaffAppointmentListSchema,
      )
    ).items;
  }

  /** Marks a booked appointment attended or no-show. */
  attendance(reference: string, attendance: 'attended' | 'no-show'): Promise<StaffAppointment> {
    return this.#send(
      'POST',
      `/v1/staff/appointments/${segment(reference)}/attendance`,
      StaffAppointmentSchema,
      { attendance },
    );
  }

  /**
   * Cancels a booked appointment for the organisation. The young person gets a message saying so
   * (with the reason's fixed sentence) and how to book again; the reminder is withdrawn.
   * `409 status-conflict` when it is no longer booked.
   *
   * @example
   * await staff.cancelAppointment('A-7KQ2M', { reason: 'location-closed' });
   */
  cancelAppointment(reference: string, input: StaffCancelInput = {}): Promise<StaffAppointment> {
    return this.#send(
      'POST',
      `/v1/staff/appointments/${segment(reference)}/cancel`,
      StaffAppointmentSchema,
      input,
    );
  }

  /**
   * Moves a booked appointment to another slot of its location that the public calendar offers
   * (`GET /v1/slots`). The young person gets the rescheduled message with a new .ics.
   * `409 slot-taken` when someone holds the slot; `409 status-conflict` when it is not booked.
   *
   * @example
   * await staff.moveAppointment('A-7KQ2M', { slotId: freeSlot.id });
   */
  moveAppointment(reference: string, input: StaffMoveInput): Promise<StaffAppointment> {
    return this.#send(
      'POST',
      `/v1/staff/appointments/${segment(reference)}/move`,
      StaffAppointmentSchema,
      input,
    );
  }

  /** Call-back requests of your locations, oldest first (audited). */
  async callbacks(filter: StaffCallbackQuery = {}): Promise<StaffCallbackRequest[]> {
    return (
      await this.#send(
        'GET',
        `/v1/staff/callback-requests${queryOf(filter)}`,
        StaffCallbackRequestListSchema,
      )
    ).items;
  }

  /** Marks a call-back request called (once: calling it again keeps the first time). */
  called(reference: string): Promise<StaffCallbackRequest> {
    return this.#send(
      'POST',
      `/v1/staff/callback-requests/${segment(reference)}/called`,
      StaffCallbackRequestSchema,
      {},
    );
  }

  /** Counts per month, service and municipality; no personal data. */
  async monitoring(filter: MonitoringQuery = {}): Promise<MonitoringRow[]> {
    return (await this.#send('GET', `/v1/staff/monitoring${queryOf(filter)}`, MonitoringSchema))
      .rows;
  }

  /** The messages the server sends, newest first, with their delivery state (admin). */
  async outbox(filter: StaffOutboxQuery = {}): Promise<StaffOutboxMessage[]> {
    return (await this.#send('GET', `/v1/staff/outbox${queryOf(filter)}`, StaffOutboxListSchema))
      .items;
  }

  /**
   * The same counts as {@link monitoring}, as the API's CSV file (RFC 4180, a header line). A
   * `Blob` to offer as a download through `URL.createObjectURL`: the token goes in the request's
   * header, never in an address a link would carry.
   */
  async monitoringCsv(filter: MonitoringQuery = {}): Promise<Blob> {
    const response = await this.#request(
      'GET',
      `/v1/staff/monitoring.csv${queryOf(filter)}`,
      'text/csv',
    );
    return response.blob();
  }

  async #send<S extends z.ZodMiniType>(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    schema: S,
    body?: unknown,
    authorised = true,
    extraHeaders: Readonly<Record<string, string>> = {},
  ): Promise<z.infer<S>> {
    const response = await this.#request(
      method,
      path,
      'application/json',
      body,
      authorised,
      extraHeaders,
    );
    return schema.parse(await response.json()) as z.infer<S>;
  }

  /** A request with the token; a failure (its problem type read) throws, a 401 forgets it. */
  async #request(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    accept: string,
    body?: unknown,
    authorised = true,
    extraHeaders: Readonly<Record<string, string>> = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { ...extraHeaders, Accept: accept };
    if (authorised) {
      if (!this.#token) throw new StaffRequestError(401, 'unauthorised');
      headers['Authorization'] = `Bearer ${this.#token}`;
    }
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${this.#base}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (!response.ok) {
      let type: string | undefined;
      try {
        const problem = (await response.json()) as { type?: unknown };
        if (typeof problem.type === 'string') type = problem.type.split('/').pop();
      } catch {
        type = undefined;
      }
      if (response.status === 401) this.#token = undefined;
      throw new StaffRequestError(response.status, type);
    }
    return response;
  }
}
