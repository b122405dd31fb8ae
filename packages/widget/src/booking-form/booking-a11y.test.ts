import { expect, waitUntil } from '@open-wc/testing';
import { expectNoAxeViolations } from '../test-utils/axe.ts';
import {
  bookOn,
  button,
  enterDateOfBirth,
  fillContact,
  icsText,
  next,
  openManageLink,
  pickFirstTimeOn,
  renderBookingForm,
  root,
  toCalendar,
  waitForText,
} from './booking-fixture.ts';

describe('<vangnet-booking-form>: accessibility', () => {
  it('is axe-clean in every step of a booking, errors and confirmation included', async () => {
    const { form } = await renderBookingForm();
    await expectNoAxeViolations(form);
    await next(form); // nothing filled in: the error summary and inline errors
    expect(root(form).querySelector('[data-vangnet-summary]')).to.not.equal(null);
    await expectNoAxeViolations(form);
    await toCalendar(form);
    await expectNoAxeViolations(form);
    await next(form); // no time chosen
    await expectNoAxeViolations(form);
    await pickFirstTimeOn(form, '2026-03-05');
    await next(form);
    await expectNoAxeViolations(form);
    await fillContact(form);
    await next(form);
    await expectNoAxeViolations(form);
    await next(form);
    await waitForText(form, 'Je afspraak staat vast');
    await expectNoAxeViolations(form);
  });

  it('is axe-clean on the Leerplicht route, the full calendar and the call-back request', async () => {
    const young = await renderBookingForm();
    await enterDateOfBirth(young.form, '2010-01-01');
    await expectNoAxeViolations(young.form);
    const full = await renderBookingForm({ mock: (api) => void api.scenarios.fullCalendar() });
    await toCalendar(full.form);
    await expectNoAxeViolations(full.form);
    button(full.form, 'Laat je terugbellen').click();
    await full.form.updateComplete;
    await next(full.form);
    await expectNoAxeViolations(full.form);
  });

  it('speaks in its live regions in the language shown, and drops a message of the old one on a switch', async () => {
    const { form } = await renderBookingForm();
    const regions = () => [...root(form).querySelectorAll<HTMLElement>('[aria-live]')];
    expect(regions().map((region) => [region.lang, region.dir])).to.deep.equal([
      ['nl', 'ltr'],
      ['nl', 'ltr'],
    ]);
    await bookOn(form, '2026-03-05');
    // Sending was announced, and that message stays in the region after the confirmation.
    await waitUntil(
      () => regions().some((region) => region.textContent === 'Bezig met versturen…'),
      'sending was not announced',
    );
    form.setAttribute('lang', 'ar');
    await waitForText(form, 'تم حجز موعدك');
    expect(regions().map((region) => [region.lang, region.dir, region.textContent])).to.deep.equal([
      ['ar', 'rtl', ''],
      ['ar', 'rtl', ''],
    ]);
    // The calendar file to download is written anew, in Arabic.
    await waitUntil(async () => (await icsText(form)).includes('محادثة مع مرشد حالات'), 'old .ics');
  });

  it('is axe-clean in Arabic, right to left', async () => {
    const { form } = await renderBookingForm({ lang: 'ar' });
    expect(root(form).querySelector('.root')?.getAttribute('dir')).to.equal('rtl');
    await expectNoAxeViolations(form);
    await waitUntil(() => root(form).querySelector('input'), 'no inputs');
  });
});

describe('<vangnet-booking-form>: accessibility of the manage views', () => {
  it('is axe-clean showing, cancelling and rescheduling a booking, and on a wrong link', async () => {
    const { form, booked } = await openManageLink();
    await waitForText(form, booked.reference);
    await expectNoAxeViolations(form);
    button(form, 'Afzeggen').click();
    await form.updateComplete;
    await expectNoAxeViolations(form);
    button(form, 'Nee, niet afzeggen').click();
    await form.updateComplete;
    button(form, 'Verzetten').click();
    await waitUntil(() => root(form).querySelector('.slot-picker'), 'no calendar');
    await expectNoAxeViolations(form);
    const wrong = await openManageLink((appointment) => `${appointment.reference}.wrong`);
    await waitForText(wrong.form, 'Deze link werkt niet');
    await expectNoAxeViolations(wrong.form);
  });
});
