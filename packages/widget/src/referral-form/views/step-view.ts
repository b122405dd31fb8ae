import type { Catalog, Organisation, ReferralInput } from '@vangnet/sdk';
import type { FormController } from '../../kit/index.ts';
import type { ReferralTranslator } from '../messages.ts';
import type { ReferralContext } from '../referral-rules.ts';

/** What every step's view reads: the translator, the form, the catalog and the rules' context. */
export interface StepView {
  readonly t: ReferralTranslator;
  readonly form: FormController<ReferralInput>;
  readonly catalog: Catalog;
  readonly context: ReferralContext;
  /** The referral as it would be sent now (attributes and derived data filled in). */
  readonly model: Readonly<Record<string, unknown>>;
  /** Organisations that offer the service in the municipality, for the preference step. */
  readonly organisations: readonly Organisation[];
  /** Whether loading the organisations failed (the step then says so; a preference is optional). */
  readonly organisationsFailed: boolean;
}
