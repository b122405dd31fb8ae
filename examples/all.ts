// All three components under one provider, and a log of the events they send to the page — what
// an analytics integration would forward. The detail holds step names and references only.
import '@vangnet/widget/provider';
import '@vangnet/widget/organisation-finder';
import '@vangnet/widget/referral-form';
import '@vangnet/widget/booking-form';

const eventNames = [
  'vangnet-step',
  'vangnet-submitted',
  'vangnet-booked',
  'vangnet-rescheduled',
  'vangnet-cancelled',
  'vangnet-callback-requested',
  'vangnet-error',
  'vangnet-organisation-selected',
] as const;

const log = document.querySelector<HTMLOListElement>('#event-log');

for (const name of eventNames) {
  document.addEventListener(name, (event) => {
    if (!log) return;
    const entry = document.createElement('li');
    const title = document.createElement('strong');
    title.textContent = `${name} `;
    const detail = document.createElement('code');
    detail.textContent = JSON.stringify((event as CustomEvent<unknown>).detail);
    entry.append(title, detail);
    log.prepend(entry);
  });
}
