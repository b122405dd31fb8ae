import {
  ageOn,
  consentParties,
  type Catalog,
  type ConsentMethod,
  type ConsentParty,
  type ServiceId,
} from '@vangnet/sdk';
import type { FieldKey, FormRule } from '../kit/index.ts';

/**
 * Coming of age in Dutch law. The catalog says below which age a parent contact is *required*;
 * from this age there is no parent or guardian to ask, so the form stops offering the contact.
 */
export const ADULT_AGE = 18;

/** What the rules read besides the typed values: the catalog, the preset attributes and today. */
export interface ReferralContext {
  readonly catalog: Catalog | undefined;
  /** The referral date: today in Europe/Amsterdam, from the injected clock. */
  readonly today: string;
  /** The `service` attribute, when valid. */
  readonly service: ServiceId | undefined;
  /** The `municipality` attribute, when valid. */
  readonly municipality: string | undefined;
}

type Model = Readonly<Record<string, unknown>>;

const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

const groupOf = (model: Model, name: string): Record<string, unknown> => {
  const group = model[name];
  return typeof group === 'object' && group !== null && !Array.isArray(group)
    ? (group as Record<string, unknown>)
    : {};
};

/** The service the referral is for: the attribute, else the one chosen. */
export function serviceOf(model: Model, context: ReferralContext): ServiceId | undefined {
  const chosen = context.service ?? model['service'];
  return chosen === 'pluscoaching' || chosen === 'absenteeism' ? chosen : undefined;
}

/** The young person's age on the referral date, once a whole date of birth is known. */
export function ageOfYoungPerson(model: Model, context: ReferralContext): number | undefined {
  const dateOfBirth = groupOf(model, 'youngPerson')['dateOfBirth'];
  if (!isIsoDate(dateOfBirth) || dateOfBirth > context.today) return undefined;
  return ageOn(dateOfBirth, context.today);
}

/**
 * Whose consent the referrer must declare, from the catalog's bands for the service and the age.
 * `undefined` while service or age are unknown, or when no band covers the age (then the form
 * must not guess that no consent is needed).
 */
export function requiredParties(
  model: Model,
  context: ReferralContext,
): readonly ConsentParty[] | undefined {
  const service = serviceOf(model, context);
  const age = ageOfYoungPerson(model, context);
  if (!context.catalog || !service || age === undefined) return undefined;
  return consentParties(context.catalog.rules, service, age);
}

/** Whether a parent or guardian contact is asked for: required, optional, or not at all. */
export function parentContactNeed(
  model: Model,
  context: ReferralContext,
): 'required' | 'optional' | 'none' | undefined {
  const age = ageOfYoungPerson(model, context);
  if (!context.catalog || age === undefined) return undefined;
  if (age < context.catalog.rules.parentContactRequiredUnder) return 'required';
  return age < ADULT_AGE ? 'optional' : 'none';
}

/**
 * Pluscoaching is voluntary and always requested together with the young person (seed 002),
 * also when only the parents' consent counts: then the referrer confirms they discussed it.
 */
export function needsDiscussion(model: Model, context: ReferralContext): boolean {
  const parties = requiredParties(model, context);
  return (
    serviceOf(model, context) === 'pluscoaching' &&
    parties !== undefined &&
    !parties.includes('young-person')
  );
}

/** Field keys of one party's consent declaration. */
export const consentKey = (party: ConsentParty, field: 'obtained' | 'method' | 'date'): FieldKey =>
  `consent.${party}.${field}`;

/** The field key of "I discussed it with the young person first". */
export const discussedKey: FieldKey = 'consent.discussed';

/**
 * The referral as it is sent, from what was typed: attributes filled in, what no longer applies
 * (a level of another school type, reasons of another service, a parent contact of an adult)
 * left out, and the consent fields turned into the declarations the API stores.
 */
export function completeReferral(model: Model, context: ReferralContext): Record<string, unknown> {
  // The typed consent fields stay beside the declarations: the rules read them, and the form
  // controller validates and sends only the schema's fields (the request refuses any other).
  const result: Record<string, unknown> = { ...model };
  const service = serviceOf(model, context);
  if (context.service) result['service'] = context.service;
  if (context.municipality) result['municipality'] = context.municipality;
  const catalog = context.catalog;

  const youngPerson = { ...groupOf(model, 'youngPerson') };
  const schoolType = catalog?.schoolTypes.find((type) => type.id === youngPerson['schoolType']);
  if (!schoolType?.levels.some((level) => level.id === youngPerson['schoolLevel'])) {
    delete youngPerson['schoolLevel'];
  }
  if ('youngPerson' in model) result['youngPerson'] = youngPerson;

  if (parentContactNeed(model, context) === 'none') delete result['parent'];

  const supportNeed = groupOf(model, 'supportNeed');
  if (Array.isArray(supportNeed['reasons']) && catalog && service) {
    const applies = new Set(
      catalog.reasons.filter((reason) => reason.services.includes(service)).map((r) => r.id),
    );
    result['supportNeed'] = {
      ...supportNeed,
      reasons: supportNeed['reasons'].filter((id) => applies.has(String(id))),
    };
  }

  const preference = { ...groupOf(model, 'preference') };
  if (service !== 'pluscoaching') delete preference['coachingForm'];
  if (Object.keys(preference).length > 0) result['preference'] = preference;
  else delete result['preference'];

  const typed = groupOf(model, 'consent');
  result['consents'] = (requiredParties(model, context) ?? []).flatMap((party) => {
    const declaration = groupOf(typed, party);
    const method = declaration['method'];
    const date = declaration['date'];
    if (declaration['obtained'] !== true || typeof method !== 'string' || !isIsoDate(date)) {
      return [];
    }
    return [{ party, method: method as ConsentMethod, date }];
  });
  return result;
}

/**
 * The checks the schema cannot make, from the catalog and the referral date: a parent contact
 * under the catalog's age, a way to reach that parent, each required consent declared in full,
 * the talk with the young person for Pluscoaching, a coaching form for Pluscoaching.
 */
export function referralRules(context: () => ReferralContext): FormRule[] {
  return [
    (model) => {
      const need = parentContactNeed(model, context());
      if (need === undefined || need === 'none') return [];
      const parent = groupOf(model, 'parent');
      const given = Object.keys(parent).length > 0;
      const errors: { key: FieldKey; message: string }[] = [];
      if (need === 'required' && !parent['name']) {
        errors.push({ key: 'parent.name', message: 'validation.parentRequired' });
      }
      if ((need === 'required' || given) && !parent['relationship']) {
        errors.push({ key: 'parent.relationship', message: 'validation.choose' });
      }
      if ((need === 'required' || given) && !parent['phone'] && !parent['email']) {
        errors.push({ key: 'parent.phone', message: 'validation.contact-required' });
      }
      return errors;
    },
    (model) => {
      const typed = groupOf(model, 'consent');
      const dateOfBirth = groupOf(model, 'youngPerson')['dateOfBirth'];
      return (requiredParties(model, context()) ?? []).flatMap((party) => {
        const declaration = groupOf(typed, party);
        const errors: { key: FieldKey; message: string }[] = [];
        if (declaration['obtained'] !== true) {
          errors.push({
            key: consentKey(party, 'obtained'),
            message: 'validation.consentObtained',
          });
        }
        if (!declaration['method']) {
          errors.push({ key: consentKey(party, 'method'), message: 'validation.choose' });
        }
        const date = declaration['date'];
        if (!date) errors.push({ key: consentKey(party, 'date'), message: 'validation.required' });
        else if (isIsoDate(date) && isIsoDate(dateOfBirth) && date < dateOfBirth) {
          errors.push({ key: consentKey(party, 'date'), message: 'validation.consentBeforeBirth' });
        }
        return errors;
      });
    },
    (model) =>
      needsDiscussion(model, context()) && groupOf(model, 'consent')['discussed'] !== true
        ? [{ key: discussedKey, message: 'validation.discussed' }]
        : [],
    (model) =>
      serviceOf(model, context()) === 'pluscoaching' &&
      !groupOf(model, 'preference')['coachingForm']
        ? [{ key: 'preference.coachingForm', message: 'validation.choose' }]
        : [],
  ];
}
