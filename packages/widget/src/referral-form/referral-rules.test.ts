import { expect } from '@open-wc/testing';
import { demoCatalog } from '@vangnet/api-mock';
import type { ReferralInput } from '@vangnet/sdk';
import {
  completeReferral,
  parentContactNeed,
  referralRules,
  requiredParties,
  type ReferralContext,
} from './referral-rules.ts';
import { serverFieldErrors } from './server-errors.ts';

const context: ReferralContext = {
  catalog: demoCatalog,
  today: '2026-03-02',
  service: undefined,
  municipality: undefined,
};

const aged = (age: number, service = 'pluscoaching') => ({
  service,
  youngPerson: { dateOfBirth: `${2026 - age}-03-02` },
});

describe('referral rules', () => {
  it('reads whose consent is needed from the bands, by the age on the referral date', () => {
    expect(requiredParties(aged(11), context)).to.deep.equal(['parent']);
    expect(requiredParties(aged(12), context)).to.deep.equal(['young-person', 'parent']);
    expect(requiredParties(aged(16), context)).to.deep.equal(['young-person']);
    // One day before the 12th birthday is still 11.
    const almost12 = { service: 'pluscoaching', youngPerson: { dateOfBirth: '2014-03-03' } };
    expect(requiredParties(almost12, context)).to.deep.equal(['parent']);
    expect(requiredParties({ service: 'pluscoaching' }, context)).to.equal(undefined);
  });

  it('asks a parent contact as required under 16, optional at 16–17, not from 18', () => {
    expect(parentContactNeed(aged(15), context)).to.equal('required');
    expect(parentContactNeed(aged(16), context)).to.equal('optional');
    expect(parentContactNeed(aged(17), context)).to.equal('optional');
    expect(parentContactNeed(aged(18), context)).to.equal('none');
  });

  it('sends only what still applies: level of the school type, reasons of the service, no parent of an adult', () => {
    const completed = completeReferral(
      {
        service: 'absenteeism',
        youngPerson: { dateOfBirth: '2008-01-01', schoolType: 'po', schoolLevel: 'havo' },
        parent: { name: 'Anna Jansen', relationship: 'parent' },
        supportNeed: { reasons: ['verzuim', 'motivatie'], description: 'x' },
        preference: { coachingForm: 'pluscoach' },
      },
      { ...context, municipality: 'westland' },
    );
    expect(completed['municipality']).to.equal('westland');
    expect(completed['youngPerson']).to.deep.equal({ dateOfBirth: '2008-01-01', schoolType: 'po' });
    expect(completed['parent']).to.equal(undefined);
    expect(completed['supportNeed']).to.deep.equal({ reasons: ['verzuim'], description: 'x' });
    expect(completed['preference']).to.equal(undefined);
  });

  it('turns the declarations of the required people into consents, nobody else’s', () => {
    const completed = completeReferral(
      {
        ...aged(16),
        consent: {
          'young-person': { obtained: true, method: 'phone', date: '2026-02-20' },
          parent: { obtained: true, method: 'letter', date: '2026-02-20' },
        },
      },
      context,
    );
    expect(completed['consents']).to.deep.equal([
      { party: 'young-person', method: 'phone', date: '2026-02-20' },
    ]);
  });

  it('rejects a consent dated before the birth', () => {
    const errors = referralRules(() => context).flatMap((rule) =>
      rule({
        ...aged(16),
        consent: { 'young-person': { obtained: true, method: 'phone', date: '2000-01-01' } },
        preference: { coachingForm: 'no-preference' },
      }),
    );
    expect(errors).to.deep.equal([
      { key: 'consent.young-person.date', message: 'validation.consentBeforeBirth' },
    ]);
  });

  it('maps the API’s pointers onto the form’s fields', () => {
    const sent = {
      consents: [
        { party: 'parent', method: 'phone', date: '2026-02-20' },
        { party: 'young-person', method: 'phone', date: '2026-02-20' },
      ],
    } as unknown as ReferralInput;
    const issue = (path: (string | number)[], code = 'unknown') => ({ path, code, message: '' });
    expect(
      serverFieldErrors(
        [
          issue(['consents', 1, 'date'], 'future-date'),
          issue(['consents'], 'consent-parent'),
          issue(['parent'], 'required'),
          issue(['supportNeed', 'reasons', 2]),
          issue(['referrer', 'email'], 'invalid_format'),
        ],
        sent,
      ),
    ).to.deep.equal([
      { path: ['consent', 'young-person', 'date'], code: 'future-date' },
      { path: ['consent', 'parent', 'obtained'], code: 'consent-parent' },
      { path: ['parent', 'name'], code: 'required' },
      { path: ['supportNeed', 'reasons'], code: 'unknown' },
      { path: ['referrer', 'email'], code: 'invalid_format' },
    ]);
  });
});
