// Test support: the referral form against the API mock in a service worker, with a fixed clock,
// and helpers that find controls the way a person does (by label, legend and button text).
import { fixture, html, waitUntil } from '@open-wc/testing';
import { root } from './referral-driver.ts';
import { demoPartnerKey } from '@vangnet/api-mock';
import { startMockWorker, type MockWorker } from '@vangnet/api-mock/browser';
import './define.ts';
import type { VangnetReferralForm } from './referral-form.ts';

/** Monday 2 March 2026, 09:00 in Amsterdam: the clock of the mock and of the form. */
export const testNow = '2026-03-02T09:00:00+01:00';
export const fixedClock = () => new Date(testNow);

let started: Promise<MockWorker> | undefined;

/** The mock, started once per test file and reset before each test. */
export async function mockApi(): Promise<MockWorker> {
  started ??= startMockWorker({ now: testNow, scenariosFromUrl: false });
  const mock = await started;
  return mock;
}

/** A date of birth that makes someone `age` on the test date (born on 1 March). */
export const bornAged = (age: number) => `${2026 - age}-03-01`;

export interface FormOptions {
  readonly attributes?: Readonly<Record<string, string>>;
  readonly lang?: string;
}

/** A referral form on the page, connected to the mock, with its first step shown. */
export async function renderForm({ attributes = {}, lang = 'nl' }: FormOptions = {}) {
  const mock = await mockApi();
  mock.reset();
  // The element itself is the fixture: a wrapper would make the fixture wait for an animation
  // frame, which a page in the background (tests run two files at once) never gets.
  const form = await fixture<VangnetReferralForm>(
    html`<vangnet-referral-form
      api=${location.origin}
      partner-key=${demoPartnerKey}
      lang=${lang}
      .now=${fixedClock}
    ></vangnet-referral-form>`,
  );
  for (const [name, value] of Object.entries(attributes)) form.setAttribute(name, value);
  await waitUntil(() => root(form).querySelector('form'), 'the form did not load', {
    timeout: 5000,
  });
  return { form, mock };
}

export * from './referral-driver.ts';
