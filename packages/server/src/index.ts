export { createVangnetServer, type VangnetServer, type VangnetServerOptions } from './server.ts';
export {
  readConfig,
  ConfigError,
  type ServerConfig,
  type MessageSettings,
  type ReferralNotifications,
} from './config.ts';
export { createApp, type AppOptions } from './app.ts';
export {
  staffPage,
  staffPagePolicy,
  policyWith,
  staffDistDir,
  type StaffPageOptions,
} from './staff-page.ts';
export type { ChannelHandlers, Database, Queryable, QueryResult } from './database/database.ts';
export { openPGlite } from './database/pglite-database.ts';
export { openPostgres, type PostgresOptions } from './database/postgres-database.ts';
export { openDatabase } from './database/open.ts';
export { migrate, readMigrations, migrationsDir, type Migration } from './database/migrate.ts';
export { createPostgresStore, type PostgresStoreOptions } from './store/postgres-store.ts';
export { watchSlots, type SlotWatch } from './store/slot-watch.ts';
export { loadDemoRegion, demoRegion, type RegionData } from './demo-region.ts';
export {
  addPartnerKey,
  listPartnerKeys,
  revokePartnerKey,
  type PartnerKeyListing,
} from './partner-keys.ts';
export {
  importDirectory,
  exportDirectory,
  ExchangeDocumentSchema,
  type ExchangeDocument,
} from './exchange/hsds.ts';
export { createLogger, redactedPaths, type Logger } from './log.ts';
export { problemForDatabaseError, isTransientDatabaseError } from './http/database-errors.ts';
export { serverPathsListener } from './node-listener.ts';
export {
  createOutboxWorker,
  withoutPersonalData,
  type OutboxWorker,
  type OutboxWorkerOptions,
  type DeliveryReport,
} from './messages/worker.ts';
export {
  smtpTransport,
  httpSmsTransport,
  toE164,
  messageIdOf,
  DeliveryError,
  type MessageTransport,
  type OutgoingMessage,
  type SmtpSettings,
  type HttpSmsSettings,
} from './messages/transports.ts';
export {
  createOutboxWriter,
  plainOutboxWriter,
  reminderTime,
  type OutboxWriter,
  type OutboxWriterOptions,
  type ReferralStatusChange,
} from './messages/outbox-writer.ts';
export { gsm7Length, toGsm7, fitSms } from './messages/gsm7.ts';
export { messageLanguageOf, type MessageLanguage } from './messages/language.ts';
export { createStaff, devIssuer, type Staff, type StaffOptions } from './staff/staff-app.ts';
export { authenticate, oidcIssuer, grantsOf, type TrustedIssuer } from './staff/auth.ts';
export { providerDiscovery, type ProviderMetadata } from './staff/discovery.ts';
export { demoStaff, createDevSignIn, type DevSignIn } from './staff/dev-signin.ts';
export { parseGrant, grantName, type StaffPrincipal } from './staff/grants.ts';
export { runRetention, monthsBefore } from './staff/retention.ts';
export type { StaffConfig, OidcConfig } from './staff/staff-config.ts';
export type { EmbedOptions } from './embed/embed-routes.ts';
export type { EmbedAssets } from './embed/embed-page.ts';
export type { StaffEnv } from './staff/context.ts';
