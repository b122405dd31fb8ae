export { createApi, apiRoutes, type Api, type ApiOptions } from './api.ts';
export type { ApiContext, RequestLimit } from './context.ts';
export type { ApiHooks } from './hooks.ts';
export { systemClock, type Clock } from './clock.ts';
export type { CacheOptions } from './reference-cache.ts';
export { referenceCacheControl } from './http/caching.ts';
export {
  createRouter,
  apiPathOf,
  type Route,
  type RouteContext,
  type RouteResolver,
  type RequestInfo,
  type RouterOptions,
} from './router.ts';
export type {
  ApiStore,
  StoreReads,
  StoreTransaction,
  InsertResult,
  StoredReferral,
  StoredAppointment,
  StoredCallbackRequest,
  IdempotencyRecord,
  PartnerKey,
  LocationSlotsRead,
  MessageAbout,
} from './store.ts';
export type { OutboxMessage, MessageKind } from './messages/outbox.ts';
export { appointmentMessage, type MessagePlace } from './messages/confirmations.ts';
export {
  heldPlace,
  moveAppointment,
  requireInCalendar,
  type MoveOptions,
} from './routes/appointment-rules.ts';
export {
  ProblemError,
  problemResponse,
  problemBody,
  problemStatus,
  problemTypeForStatus,
  type ProblemOptions,
} from './http/problem.ts';
export {
  withCors,
  preflightResponse,
  allowedRequestHeaders,
  exposedResponseHeaders,
} from './http/cors.ts';
export { json } from './http/respond.ts';
export { parseOrProblem, fieldError, fieldErrorsFrom, jsonPointer } from './http/field-errors.ts';
export { parseQuery } from './http/query.ts';
export { canonicalJson } from './http/idempotency.ts';
export { hashSecret, sameText } from './secrets.ts';
export { newToken, newReference, newId } from './references.ts';
export { createRandom, cryptoRandom, hashString, type Random } from './random.ts';
export {
  demoPartnerKey,
  demoBoundPartnerKey,
  demoOtherOrigin,
  demoKeys,
  isLoopbackOrigin,
  originAllowed,
  type PartnerKeySettings,
} from './keys.ts';
export {
  calendarDays,
  isWorkingDay,
  slotsOn,
  findSlot,
  slotIdParts,
  defaultLocationSchedule,
  datesBetween,
} from './calendar/calendar.ts';
export {
  addDays,
  amsterdamInstant,
  amsterdamOffsetMinutes,
  isoWeekday,
  toAmsterdamIso,
} from './time/amsterdam.ts';
export { dutchPublicHolidays, easterSunday, publicHolidayOn } from './time/holidays.ts';
export { catalog as demoCatalog } from './demo/catalog.ts';
export { organisations as demoOrganisations } from './demo/organisations.ts';
export { locations as demoLocations } from './demo/locations.ts';
export { generateOrganisations } from './demo/generate-organisations.ts';
