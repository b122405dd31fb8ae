// Without VANGNET_SMTP_URL the server keeps its email in the outbox; with the development
// sign-in on, the admin reads each message at /staff/outbox: a booking made through the public
// API has its confirmation there, with subject, reference, recipient and plain text. Against the
// real server (PGlite, development sign-in); axe in every state.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createClient, type AppointmentCreated } from '@vangnet/sdk';
import { demoPartnerKey } from '@vangnet/api-core';
import { expectNoAxeViolations } from '../../packages/widget/src/test-utils/axe.ts';
import { appointment } from '../conformance/support/calls.ts';
import {
  button,
  choose,
  labelled,
  press,
  root,
  scrollsSideways,
  sectionOf,
  signedIn,
  tabs,
} from './support/workspace-ui.ts';

const page = location.href.split('#')[0]!;

/** A calendar date in Amsterdam, `days` after today there: the API's dates. */
function amsterdamDate(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);
}

/** A booking at Laak, on the first free time in the coming weeks, confirmed by email in Dutch. */
async function book(): Promise<AppointmentCreated> {
  const client = createClient({
    baseUrl: location.origin,
    partnerKey: demoPartnerKey,
    locale: 'nl',
  });
  const { items } = await client.slots.list({
    location: 'laak',
    from: amsterdamDate(1),
    to: amsterdamDate(21),
  });
  const slot = items[0];
  if (!slot) throw new Error('No free time at Laak in the coming three weeks');
  const born = `${new Date().getFullYear() - 20}-01-15`;
  return client.appointments.book(
    appointment(slot.id, {
      dateOfBirth: born,
      contact: { name: 'Sam Bericht', email: 'sam.bericht@example.org', preferred: 'email' },
    }) as Parameters<typeof client.appointments.book>[0],
  );
}

describe('staff workspace: the outbox at /staff/outbox', () => {
  afterEach(async () => {
    fixtureCleanup();
    history.replaceState(null, '', page);
    await setViewport({ width: 800, height: 600 });
  });

  it('the admin reads the confirmation of a booking, with its subject, reference and text', async () => {
    const booked = await book();
    history.replaceState(null, '', `/staff/outbox${location.search}`);
    const workspace = await signedIn('admin', '/staff/');
    expect(tabs(workspace)).to.include('Berichten');
    expect(
      root(workspace).querySelector('nav a[aria-current="page"]')?.textContent?.trim(),
    ).to.equal('Berichten');
    const section = sectionOf(workspace);
    expect(section.localName).to.equal('vangnet-staff-outbox');
    const card = () =>
      [...root(section).querySelectorAll('li.card')].find(
        (item) =>
          item.querySelector('h3')?.textContent?.includes(booked.reference) &&
          item.textContent?.includes('Afspraak gemaakt'),
      );
    await waitUntil(card, 'the confirmation is not in the outbox', { timeout: 10_000 });
    const message = card()!;
    expect(message.querySelector('h3')?.textContent).to.equal(
      `Je afspraak met een casemanager (${booked.reference})`,
    );
    expect(message.getAttribute('data-state')).to.equal('pending');
    expect(message.textContent).to.contain('Wacht op versturen');
    expect(message.textContent).to.contain('E-mail');
    expect(message.textContent).to.contain('sam.bericht@example.org');
    // The text as text: a pre of plain text, nothing of it rendered as elements.
    const text = message.querySelector('pre.text')!;
    expect(text.textContent).to.contain(booked.reference);
    expect(text.children.length).to.equal(0);
    expect(root(section).textContent).to.contain('De ontwikkel-inlog staat aan');
    await expectNoAxeViolations(section);

    // Only what waits to be sent; then all again with the refresh button.
    choose(labelled(section, 'Status'), 'sent');
    await waitUntil(
      () => root(section).querySelector('[role="status"]')?.textContent?.includes('bijgewerkt'),
      'the filter did not load',
      { timeout: 10_000 },
    );
    expect(
      [...root(section).querySelectorAll('li.card')].every(
        (item) => item.getAttribute('data-state') === 'sent',
      ),
    ).to.equal(true);
    choose(labelled(section, 'Status'), '');
    await press(button(section, 'Vernieuwen'), 'Enter');
    await waitUntil(card, 'the confirmation is not back after refreshing', { timeout: 10_000 });
    expect(root(section).activeElement).to.equal(button(section, 'Vernieuwen'));
    await expectNoAxeViolations(section);
  });

  it('at 320 px the messages fit without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    await book();
    history.replaceState(null, '', `/staff/outbox${location.search}`);
    const workspace = await signedIn('admin', '/staff/');
    const section = sectionOf(workspace);
    await waitUntil(() => root(section).querySelector('li.card'), 'no messages', {
      timeout: 10_000,
    });
    expect(scrollsSideways(), 'sideways scrolling at 320 px').to.equal(false);
    await expectNoAxeViolations(section);
  });

  it('a coordinator or a casemanager has no Berichten tab', async () => {
    expect(tabs(await signedIn('coordinator-pluscoaching'))).not.to.include('Berichten');
    fixtureCleanup();
    expect(tabs(await signedIn('casemanager-jongerenpunt070'))).not.to.include('Berichten');
  });
});
