// The element classes and the shared core, without registering anything: import
// `@vangnet/widget/define` (or one component's subpath) to define the elements.
export { VangnetProvider } from './provider/provider.ts';
export { VangnetReferralForm } from './referral-form/referral-form.ts';
export { VangnetBookingForm } from './booking-form/booking-form.ts';
export { VangnetOrganisationFinder } from './organisation-finder/organisation-finder.ts';
export {
  VangnetElement,
  VangnetConnection,
  ERROR_CODES,
  errorCode,
  FORBIDDEN_DETAIL_KEYS,
  VANGNET_EVENTS,
  forbiddenKeysIn,
  catalogContext,
  clientContext,
  clockContext,
  languageContext,
  type CatalogState,
  type Clock,
  type ConnectionStatus,
  type ConnectionHost,
  type ConnectionOptions,
  type AttributeRule,
  type AttributeProblem,
  type BilingualText,
  type VangnetEventDetails,
  type VangnetEventName,
  type StepDetail,
  type SubmittedDetail,
  type AppointmentDetail,
  type CallbackRequestedDetail,
  type ErrorDetail,
  type ErrorCode,
  type ErrorKind,
  type OrganisationSelectedDetail,
  type ComponentName,
} from './core/index.ts';
