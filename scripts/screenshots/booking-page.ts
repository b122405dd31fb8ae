// The page of `scripts/screenshots-booking.mjs`: one booking form against an in-process API mock
// at a fixed time (so the calendar is the same on every run), in the language of `?lang=`, with a
// small driver on `window` that walks to the calendar and books, as the tests do.
import { createMockApi, demoPartnerKey } from '@vangnet/api-mock';
import { createClient } from '@vangnet/sdk';
import '../../packages/widget/src/booking-form/define.ts';

const now = '2026-03-02T09:00:00+01:00';
const language = new URLSearchParams(location.search).get('lang') ?? 'nl';
document.documentElement.lang = language;
document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';

const mock = createMockApi({ now, manageUrl: location.href });
const form = document.querySelector('vangnet-booking-form')!;
form.now = () => new Date(now);
form.client = createClient({
  baseUrl: location.origin,
  partnerKey: demoPartnerKey,
  fetch: mock.fetch,
});

const shadow = () => form.shadowRoot!;
const until = async (test: () => unknown) => {
  for (let i = 0; i < 200 && !test(); i += 1) await new Promise((r) => setTimeout(r, 25));
};
const submit = async () => {
  shadow().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await form.updateComplete;
};

/** Walks to the calendar: date of birth, topic, Jongerenpunt070, in person. */
async function toCalendar(): Promise<void> {
  await until(() => shadow().querySelector('input'));
  form.form.set('dateOfBirth', '2000-05-10');
  await submit();
  form.form.set('topic', 'terug-naar-school');
  await submit();
  form.form.set('location', 'jongerenpunt070');
  form.form.set('channel', 'in-person');
  await submit();
  await until(() => shadow().querySelector('.time-label'));
  shadow().querySelector<HTMLInputElement>('input[name="vangnet-slot"]')!.click();
  await form.updateComplete;
}

/** Books the chosen time with demo contact details and waits for the confirmation. */
async function book(): Promise<void> {
  await submit();
  form.form.set('contact.name', 'Sam de Vries');
  form.form.set('contact.email', 'sam@example.org');
  await submit();
  await submit();
  await until(() => shadow().querySelector('a[download]'));
}

Object.assign(window, { bookingDriver: { toCalendar, book } });
