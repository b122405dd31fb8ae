// One contract, three runners: every suite here runs against the mock, the server on PGlite and
// the server on PostgreSQL (VANGNET_TEST_DATABASE_URL), over the same HTTP requests.
import { appointments } from './appointments.suite.ts';
import { runOnEveryTarget } from './support/targets.ts';

runOnEveryTarget({ appointments });
