import {
  ageOn,
  amsterdamDate,
  consentParties,
  ReferralCreatedSchema,
  ReferralInputSchema,
  ReferralStatusResponseSchema,
  type Catalog,
  type FieldError,
  type ReferralInput,
} from '@vangnet/sdk';
import { fieldError, parseOrProblem } from '../http/field-errors.ts';
import { ProblemError } from '../http/problem.ts';
import { json } from '../http/respond.ts';
import { requireToken } from '../http/token.ts';
import { currentOrganisations, type OrganisationSet } from '../organisation-cache.ts';
import { insertWithFreshReference, newId, newReference, newToken } from '../references.ts';
import type { Route } from '../router.ts';
import { hashSecret } from '../secrets.ts';
import type { StoredReferral } from '../store.ts';
import { toAmsterdamIso } from '../time/amsterdam.ts';
import { regionCatalog, writesOf } from './region.ts';

/** What the schema cannot know: ids that must exist in the catalog, dates that must be past. */
function catalogErrors(
  catalog: Catalog,
  organisations: OrganisationSet,
  input: ReferralInput,
  today: string,
): FieldError[] {
  const errors: FieldError[] = [];
  const municipality = catalog.municipalities.find(
    (candidate) => candidate.id === input.municipality,
  );
  if (!municipality) {
    errors.push(
      fieldError(['municipality'], 'unknown', 'This municipality is not in the catalog.'),
    );
  } else if (!municipality.services.includes(input.service)) {
    errors.push(
      fieldError(
        ['service'],
        'service-not-offered',
        'This municipality does not offer this service.',
      ),
    );
  }
  if (!catalog.referrerRoles.some((role) => role.id === input.referrer.role)) {
    errors.push(fieldError(['referrer', 'role'], 'unknown', 'This role is not in the catalog.'));
  }
  if (input.youngPerson.dateOfBirth > today) {
    errors.push(
      fieldError(
        ['youngPerson', 'dateOfBirth'],
        'future-date',
        'The date of birth is in the future.',
      ),
    );
  }
  const schoolType = catalog.schoolTypes.find(
    (candidate) => candidate.id === input.youngPerson.schoolType,
  );
  const level = input.youngPerson.schoolLevel;
  if (level !== undefined && !schoolType?.levels.some((candidate) => candidate.id === level)) {
    errors.push(
      fieldError(
        ['youngPerson', 'schoolLevel'],
        'unknown',
        'This level does not belong to the school type.',
      ),
    );
  }
  input.supportNeed.reasons.forEach((reasonId, index) => {
    const reason = catalog.reasons.find((candidate) => candidate.id === reasonId);
    if (!reason || !reason.services.includes(input.service)) {
      errors.push(
        fieldError(
          ['supportNeed', 'reasons', index],
          'unknown',
          'This reason does not apply to the service.',
        ),
      );
    }
  });
  const organisationId = input.preference?.organisationId;
  if (organisationId !== undefined && !organisations.byId.has(organisationId)) {
    errors.push(
      fieldError(
        ['preference', 'organisationId'],
        'unknown',
        'There is no organisation with this id.',
      ),
    );
  }
  const age = ageOn(input.youngPerson.dateOfBirth, today);
  if (age < catalog.rules.parentContactRequiredUnder && input.parent === undefined) {
    errors.push(
      fieldError(['parent'], 'required', 'A parent or guardian contact is required at this age.'),
    );
  }
  input.consents.forEach((consent, index) => {
    if (consent.date > today) {
      errors.push(
        fieldError(
          ['consents', index, 'date'],
          'future-date',
          'Consent cannot be dated in the future.',
        ),
      );
    }
  });
  return errors;
}

/** 422 `consent-missing` when a party the service's band requires has no declaration. */
function checkConsent(catalog: Catalog, input: ReferralInput, today: string): void {
  const age = ageOn(input.youngPerson.dateOfBirth, today);
  // No band for the age means the catalog is incomplete: never guess that no consent is needed.
  const required = consentParties(catalog.rules, input.service, age) ?? ['young-person', 'parent'];
  const missing = required.filter(
    (party) => !input.consents.some((consent) => consent.party === party),
  );
  if (missing.length > 0) {
    throw new ProblemError('consent-missing', {
      detail: `At this age, consent is needed from: ${required.join(', ')}.`,
      errors: missing.map((party) =>
        fieldError(
          ['consents'],
          `consent-${party}`,
          `Declare the consent of the ${party === 'parent' ? 'parent or guardian' : 'young person'}.`,
        ),
      ),
    });
  }
}

/** `POST /v1/referrals` and `GET /v1/referrals/{id}` (with `Vangnet-Token`). */
export const referralRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1/referrals',
    async resolve(context) {
      const { api, body, apiUrl } = context;
      const input = parseOrProblem(ReferralInputSchema, body);
      const now = api.clock.now();
      const today = amsterdamDate(now);
      const catalog = await regionCatalog(context);
      const errors = catalogErrors(
        catalog,
        await currentOrganisations(api, context.store, context.key.region),
        input,
        today,
      );
      if (errors.length > 0)
        throw new ProblemError('validation', { detail: 'Some fields are not valid.', errors });
      checkConsent(catalog, input, today);
      const createdAt = toAmsterdamIso(now);
      const token = newToken();
      const tokenHash = await hashSecret(token);
      const tx = writesOf(context);
      const referral = await insertWithFreshReference<StoredReferral>(
        () => ({
          id: newId(api.random, 'ref'),
          reference: newReference(api.random, 'R'),
          tokenHash,
          service: input.service,
          municipality: input.municipality,
          status: 'received',
          createdAt,
          updatedAt: createdAt,
          input,
        }),
        (candidate) => tx.insertReferral(candidate),
      );
      return json(
        ReferralCreatedSchema,
        {
          id: referral.id,
          reference: referral.reference,
          status: referral.status,
          createdAt,
          token,
        },
        { status: 201, headers: { Location: apiUrl(`/v1/referrals/${referral.id}`) } },
      );
    },
  },
  {
    method: 'GET',
    path: '/v1/referrals/:id',
    async resolve({ api, store, params, request }) {
      const referral = await store.findReferral(params['id'] as string);
      if (!referral)
        throw new ProblemError('not-found', { detail: 'There is no referral with this id.' });
      await requireToken(request, referral.tokenHash);
      const { status, updatedAt } =
        api.hooks.reportedReferralStatus?.(referral, request) ?? referral;
      const matched = referral.matchedOrganisationId;
      const organisation = matched
        ? (await store.organisations()).find((item) => item.id === matched)
        : undefined;
      return json(ReferralStatusResponseSchema, {
        id: referral.id,
        reference: referral.reference,
        service: referral.service,
        status,
        createdAt: referral.createdAt,
        updatedAt,
        ...(organisation ? { organisation: { id: organisation.id, name: organisation.name } } : {}),
      });
    },
  },
];
