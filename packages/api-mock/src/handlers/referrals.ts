import {
  ageOn,
  amsterdamDate,
  consentParties,
  ReferralCreatedSchema,
  ReferralInputSchema,
  ReferralStatusResponseSchema,
  type FieldError,
  type ReferralInput,
} from '@vangnet/sdk';
import type { MockContext } from '../context.ts';
import { fieldError, parseOrProblem } from '../http/field-errors.ts';
import { ProblemError } from '../http/problem.ts';
import { json } from '../http/respond.ts';
import { route } from '../http/route.ts';
import { requireToken } from '../http/token.ts';
import { newId, newReference, newToken } from '../store/references.ts';
import { reportedReferralStatus } from '../store/referral-progress.ts';
import type { StoredReferral } from '../store/store.ts';
import { toAmsterdamIso } from '../time/amsterdam.ts';

/** What the schema cannot know: ids that must exist in the catalog, dates that must be past. */
function catalogErrors(mock: MockContext, input: ReferralInput, today: string): FieldError[] {
  const { catalog, organisations } = mock.store;
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
  if (
    organisationId !== undefined &&
    !organisations.some((candidate) => candidate.id === organisationId)
  ) {
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
function checkConsent(mock: MockContext, input: ReferralInput, today: string): void {
  const age = ageOn(input.youngPerson.dateOfBirth, today);
  // No band for the age means the catalog is incomplete: never guess that no consent is needed.
  const required = consentParties(mock.store.catalog.rules, input.service, age) ?? [
    'young-person',
    'parent',
  ];
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
export const referralHandlers = (mock: MockContext) => [
  route(mock, 'POST', '/v1/referrals', ({ body, apiUrl }) => {
    const input = parseOrProblem(ReferralInputSchema, body);
    const now = mock.clock.now();
    const today = amsterdamDate(now);
    const errors = catalogErrors(mock, input, today);
    if (errors.length > 0)
      throw new ProblemError('validation', { detail: 'Some fields are not valid.', errors });
    checkConsent(mock, input, today);
    const createdAt = toAmsterdamIso(now);
    const referral: StoredReferral = {
      id: newId(mock.random, 'ref'),
      reference: newReference(mock.random, 'R'),
      token: newToken(),
      service: input.service,
      status: 'received',
      createdAt,
      updatedAt: createdAt,
      input,
    };
    mock.store.referrals.push(referral);
    return json(
      ReferralCreatedSchema,
      {
        id: referral.id,
        reference: referral.reference,
        status: referral.status,
        createdAt,
        token: referral.token,
      },
      { status: 201, headers: { Location: apiUrl(`/v1/referrals/${referral.id}`) } },
    );
  }),
  route(mock, 'GET', '/v1/referrals/:id', ({ params, request, scenarios }) => {
    const referral = mock.store.referrals.find((candidate) => candidate.id === params['id']);
    if (!referral)
      throw new ProblemError('not-found', { detail: 'There is no referral with this id.' });
    requireToken(request, referral.token);
    const { status, updatedAt } = reportedReferralStatus(
      referral,
      mock.clock.now(),
      scenarios.referralStatus,
    );
    return json(ReferralStatusResponseSchema, {
      id: referral.id,
      reference: referral.reference,
      service: referral.service,
      status,
      createdAt: referral.createdAt,
      updatedAt,
    });
  }),
];
