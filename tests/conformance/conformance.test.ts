// One contract, three runners: every suite here runs against the mock, the server on PGlite and
// the server on PostgreSQL (VANGNET_TEST_DATABASE_URL), over the same HTTP requests.
import { appointments, callbackRequests } from './appointments.suite.ts';
import { cors, keysAndOrigins } from './auth.suite.ts';
import { calendar, catalog, locations } from './calendar.suite.ts';
import { idempotency } from './idempotency.suite.ts';
import { organisations } from './organisations.suite.ts';
import { referrals } from './referrals.suite.ts';
import { runOnEveryTarget } from './support/targets.ts';

runOnEveryTarget({
  'keys and origins': keysAndOrigins,
  CORS: cors,
  catalog,
  organisations,
  referrals,
  locations,
  slots: calendar,
  appointments,
  'callback requests': callbackRequests,
  'Idempotency-Key': idempotency,
});
