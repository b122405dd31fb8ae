export {
  createMockApi,
  type MockApi,
  type MockApiOptions,
  type DemoData,
} from './create-mock-api.ts';
export { createClock, type MockClock, type NowOption } from './clock.ts';
export {
  demoPartnerKey,
  demoBoundPartnerKey,
  demoOtherOrigin,
  isLoopbackOrigin,
  type PartnerKey,
} from './keys.ts';
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
export type {
  MockStore,
  StoreData,
  StoredReferral,
  StoredAppointment,
  StoredCallbackRequest,
  IdempotencyRecord,
} from './store/store.ts';
export type { OutboxMessage } from './store/outbox.ts';
export { catalog as demoCatalog } from './data/catalog.ts';
export { organisations as demoOrganisations } from './data/organisations.ts';
export { locations as demoLocations } from './data/locations.ts';
export { generateOrganisations } from './data/generate-organisations.ts';
export { dutchPublicHolidays, easterSunday } from './time/holidays.ts';
