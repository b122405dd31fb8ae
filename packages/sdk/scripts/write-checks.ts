// Writes packages/sdk/src/checks/generated.ts, the first view's checks, from the zod schemas:
// `npm run checks`. A test fails while the committed file differs from what this generates.
import { writeFileSync } from 'node:fs';
import { generateChecks, generateFormContracts, type CheckTarget } from './check-generator.ts';
import * as booking from '../src/schemas/booking.ts';
import * as catalog from '../src/schemas/catalog.ts';
import * as common from '../src/schemas/common.ts';
import * as locations from '../src/schemas/locations.ts';
import * as organisations from '../src/schemas/organisations.ts';
import * as problem from '../src/schemas/problem.ts';
import * as referrals from '../src/schemas/referrals.ts';

const modules = { booking, catalog, common, locations, organisations, problem, referrals };

/** `[contract, module, schema export, output type]` of each contract. */
const contracts: readonly (readonly [string, keyof typeof modules, string, string])[] = [
  // The reads of the first view and their inputs…
  ['catalogContract', 'catalog', 'CatalogSchema', 'Catalog'],
  ['catalogQueryContract', 'catalog', 'CatalogQuerySchema', 'CatalogQuery'],
  ['organisationPageContract', 'organisations', 'OrganisationPageSchema', 'OrganisationPage'],
  ['organisationContract', 'organisations', 'OrganisationSchema', 'Organisation'],
  ['organisationFilterContract', 'organisations', 'OrganisationFilterSchema', 'OrganisationFilter'],
  ['idContract', 'common', 'IdSchema', 'string'],
  ['locationListContract', 'locations', 'LocationListSchema', 'LocationList'],
  ['locationQueryContract', 'locations', 'LocationQuerySchema', 'LocationQuery'],
  // …and the error answer every component reads.
  ['problemContract', 'problem', 'ProblemSchema', 'Problem'],
];

/** The inputs the forms fill in, in the same form. */
const formContracts: typeof contracts = [
  ['referralInputForm', 'referrals', 'ReferralInputSchema', 'ReferralInput'],
  ['appointmentInputForm', 'booking', 'AppointmentInputSchema', 'AppointmentInput'],
  ['callbackRequestInputForm', 'booking', 'CallbackRequestInputSchema', 'CallbackRequestInput'],
];

const targetsOf = (list: typeof contracts): CheckTarget[] =>
  list.map(([contract, module, schemaName, type]) => ({
    contract,
    module,
    schemaName,
    schema: (modules[module] as Record<string, unknown>)[schemaName],
    type,
  }));

export const checkTargets: readonly CheckTarget[] = targetsOf(contracts);
export const formTargets: readonly CheckTarget[] = targetsOf(formContracts);

/** Where the generated module lives. */
export const checksPath = new URL('../src/checks/generated.ts', import.meta.url);

/** The generated module's text. */
export const checksModule = (): string => generateChecks(checkTargets);

/** Where the forms' contracts live, and their text. */
export const formsPath = new URL('../src/checks/generated-forms.ts', import.meta.url);
export const formsModule = (): string => generateFormContracts(formTargets);

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(checksPath, checksModule());
  writeFileSync(formsPath, formsModule());
  console.log(`Wrote ${checksPath.pathname} and ${formsPath.pathname}`);
}
