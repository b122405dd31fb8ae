// The widget core: what every Vangnet component shares. See README.md.
export * from './attributes.ts';
export {
  apiOf,
  catalogOf,
  clientFor,
  forgetClients,
  loadedCatalog,
  type ClientKey,
} from './client-cache.ts';
export { systemClock, type Clock } from './clock.ts';
export { ensureContextRoot } from './context-root.ts';
export * from './contexts.ts';
export { debugLog, type DebugDetails } from './debug.ts';
export { ERROR_CODES, errorCode, type ErrorCode } from './error-code.ts';
export * from './events.ts';
export { isKnownLanguage, languageOf, LANGUAGES, primarySubtag } from './language.ts';
export { coreTexts, problemText, type CoreTexts } from './messages.ts';
export { renderPlaceholder, renderProblem, type ProblemViewOptions } from './problem-view.ts';
export {
  VangnetConnection,
  componentName,
  type ConnectionHost,
  type ConnectionOptions,
  type ConnectionStatus,
} from './connection.ts';
export {
  RESERVATION_BREAKPOINTS,
  reservationMedia,
  reservationStyles,
  type Reservation,
} from './reservation.ts';
export { vangnetStyles } from './styles.ts';
export { VangnetElement } from './vangnet-element.ts';
