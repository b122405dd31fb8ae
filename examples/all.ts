// All three components under one provider, and a log of the events they send to the page — what
// an analytics integration would forward. The detail holds step names and references only.
import '@vangnet/widget/provider';
import '@vangnet/widget/organisation-finder';
import '@vangnet/widget/referral-form';
import '@vangnet/widget/booking-form';
import { VANGNET_EVENTS } from '@vangnet/widget';

const log = document.querySelector<HTMLOListElement>('#event-log');

for (const name of VANGNET_EVENTS) {
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
