export {
  createMockApi,
  type MockApi,
  type MockApiOptions,
  type DemoData,
} from './create-mock-api.ts';
export { createClock, type MockClock, type NowOption } from './clock.ts';
export {
  scenarioNames,
  parseScenarioNames,
  type ScenarioName,
  type Scenarios,
  type ScenarioState,
  type RouteFailure,
  type RateLimit,
  type SlowRoute,
} from './scenarios.ts';
export type { MockStore, StoreData } from './store/store.ts';
export { createMemoryStore } from './store/memory-store.ts';
// The demo data and keys live in the core, shared with the server; the mock's users import them here.
export {
  demoPartnerKey,
  demoBoundPartnerKey,
  demoOtherOrigin,
  isLoopbackOrigin,
  demoCatalog,
  demoOrganisations,
  demoLocations,
  generateOrganisations,
  dutchPublicHolidays,
  easterSunday,
  type PartnerKey,
  type PartnerKeySettings,
  type StoredReferral,
  type StoredAppointment,
  type StoredCallbackRequest,
  type IdempotencyRecord,
  type OutboxMessage,
} from '@vangnet/api-core';
