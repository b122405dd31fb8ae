// The loop as people go through it, against the real server (PGlite, development sign-in): a
// school refers, the coordinator signs in, finds the referral in the queue, matches it after a
// confirmation, and the school's status page shows that a coach was found, and where. axe in
// every state.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createClient, type ReferralCreated } from '@vangnet/sdk';
import { demoPartnerKey } from '@vangnet/api-core';
import '@vangnet/staff/define';
import type { VangnetStaffWorkspace } from '@vangnet/staff';
import '../../packages/widget/src/referral-status/define.ts';
import { referral } from '../conformance/support/calls.ts';
import { expectNoAxeViolations } from '../../packages/widget/src/test-utils/axe.ts';
import { button, choose, has, labelled, press, root } from './support/workspace-ui.ts';

const page = location.href.split('#')[0]!;

async function refer(): Promise<ReferralCreated> {
  const client = createClient({ baseUrl: location.origin, partnerKey: demoPartnerKey });
  const dateOfBirth = `${new Date().getFullYear() - 16}-01-15`;
  return client.referrals.create(
    referral(dateOfBirth, {
      consents: [{ party: 'young-person', method: 'in-person', date: '2026-01-05' }],
    }),
  );
}

describe('staff workspace: from "sent" to "a coach is found"', () => {
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', page);
  });

  it('a coordinator matches a new referral and the referrer sees it', async () => {
    const sent = await refer();

    const workspace = await fixture<VangnetStaffWorkspace>(
      html`<vangnet-staff-workspace partner-key=${demoPartnerKey}></vangnet-staff-workspace>`,
    );
    await waitUntil(() => root(workspace).querySelector('#user'), 'no sign-in', {
      timeout: 10_000,
    });
    await expectNoAxeViolations(workspace);
    choose(labelled(workspace, 'Voorbeeldgebruiker'), 'coordinator-pluscoaching');
    await press(button(workspace, 'Inloggen'), 'Enter');

    const open = `Open ${sent.reference}`;
    await waitUntil(() => has(workspace, open), 'the referral is not in the queue', {
      timeout: 10_000,
    });
    expect(root(workspace).textContent).to.contain('Ingelogd als Coördinator Voorbeeld');
    choose(labelled(workspace, 'Status'), 'received');
    await workspace.updateComplete;
    expect(has(workspace, open)).to.equal(true);
    expect(root(workspace).querySelector('.counts')?.textContent).to.match(/Ontvangen:\s*\d+/);
    await expectNoAxeViolations(workspace);

    await press(button(workspace, open), 'Enter');
    await waitUntil(
      () => root(workspace).querySelector('#referral-title'),
      'the referral did not open',
      { timeout: 10_000 },
    );
    const title = root(workspace).querySelector('#referral-title')!;
    expect(root(workspace).activeElement).to.equal(title);
    expect(title.textContent).to.contain(sent.reference);
    // In full: the young person and the consent declaration.
    expect(root(workspace).textContent).to.contain('Sam Voorbeeld');
    expect(root(workspace).querySelector('#consents')?.parentElement?.textContent).to.contain(
      'Jongere: persoonlijk',
    );
    const organisations = labelled<HTMLSelectElement>(workspace, 'Organisatie');
    await waitUntil(() => organisations.options.length > 1, 'no organisations', {
      timeout: 10_000,
    });
    await expectNoAxeViolations(workspace);

    const chosen = organisations.options[1]!;
    const name = chosen.textContent!.trim();
    choose(organisations, chosen.value);
    labelled<HTMLInputElement>(workspace, 'Pluscoach').click();
    await workspace.updateComplete;
    await press(button(workspace, 'Koppelen…'), 'Enter');

    const dialog = root(workspace).querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'no confirmation');
    expect(dialog.textContent).to.contain(name);
    await expectNoAxeViolations(workspace);
    await press(button(workspace, 'Bevestigen'), 'Enter');

    await waitUntil(() => root(workspace).querySelector('[data-match]'), 'the match is not shown', {
      timeout: 10_000,
    });
    expect(root(workspace).querySelector('[data-match]')?.textContent).to.contain(name);
    expect(root(workspace).querySelector('[role="status"]')?.textContent).to.contain(
      `${sent.reference} is gekoppeld aan ${name}.`,
    );
    expect(root(workspace).textContent).to.contain('Gekoppeld');
    await expectNoAxeViolations(workspace);
    fixtureCleanup();

    // The school opens its status link.
    history.replaceState(null, '', `${page}#status=${sent.id}.${sent.token}`);
    const status = await fixture(
      html`<vangnet-referral-status
        api=${location.origin}
        partner-key=${demoPartnerKey}
      ></vangnet-referral-status>`,
    );
    await waitUntil(() => root(status).querySelector('[aria-current="step"]'), 'no status shown', {
      timeout: 10_000,
    });
    expect(location.hash).to.equal('');
    expect(root(status).querySelector('[aria-current="step"]')?.textContent).to.contain(
      'Coach gevonden',
    );
    expect(root(status).querySelector('[part~="status"]')?.textContent).to.contain(
      `De aanmelding is gekoppeld aan ${name}.`,
    );
    expect(root(status).textContent).not.to.contain('Sam');
    await expectNoAxeViolations(status);
  });

  it('a matched referral goes into coaching and is closed with its outcome', async () => {
    const sent = await refer();
    // Matched already, through the staff API as another coordinator's screen would.
    const signIn = await fetch('/v1/staff/dev-signin', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: 'coordinator-pluscoaching' }),
    });
    const { accessToken } = (await signIn.json()) as { accessToken: string };
    const matched = await fetch(`/v1/staff/referrals/${sent.id}/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({
        status: 'matched',
        match: { organisationId: 'impegno', coachingForm: 'plusstudent' },
      }),
    });
    expect(matched.status).to.equal(200);

    const workspace = await fixture<VangnetStaffWorkspace>(
      html`<vangnet-staff-workspace partner-key=${demoPartnerKey}></vangnet-staff-workspace>`,
    );
    await waitUntil(() => root(workspace).querySelector('#user'), 'no sign-in', {
      timeout: 10_000,
    });
    choose(labelled(workspace, 'Voorbeeldgebruiker'), 'coordinator-pluscoaching');
    await press(button(workspace, 'Inloggen'), 'Enter');
    const open = `Open ${sent.reference}`;
    await waitUntil(() => has(workspace, open), 'not in the queue', { timeout: 10_000 });
    await press(button(workspace, open), 'Enter');
    await waitUntil(() => has(workspace, 'Coaching is begonnen…'), 'did not open', {
      timeout: 10_000,
    });
    const dialog = root(workspace).querySelector('dialog')!;

    await press(button(workspace, 'Coaching is begonnen…'), 'Enter');
    await waitUntil(() => dialog.open, 'no confirmation');
    await press(button(workspace, 'Bevestigen'), 'Enter');
    await waitUntil(
      () => root(workspace).querySelector('[role="status"]')?.textContent?.includes('In coaching'),
      'not in coaching',
      { timeout: 10_000 },
    );

    labelled<HTMLInputElement>(workspace, 'Afsluiten met resultaat').click();
    await workspace.updateComplete;
    labelled<HTMLInputElement>(workspace, 'Doel bereikt').click();
    choose(labelled(workspace, 'Schoolloopbaan'), 'next-level');
    await expectNoAxeViolations(workspace);
    await press(button(workspace, 'Afsluiten…'), 'Enter');
    await waitUntil(() => dialog.open, 'no confirmation');
    expect(dialog.textContent).to.contain('Dit kan niet terug.');
    await press(button(workspace, 'Bevestigen'), 'Enter');
    await waitUntil(
      () => root(workspace).querySelector('[role="status"]')?.textContent?.includes('Afgesloten'),
      'not closed',
      { timeout: 10_000 },
    );
    // Closed: nothing left to change.
    expect(has(workspace, 'Afsluiten…')).to.equal(false);
    const history = root(workspace).querySelector('#history')?.parentElement?.textContent ?? '';
    expect(history).to.contain('Gekoppeld → In coaching');
    expect(history).to.contain('In coaching → Afgesloten');

    const stored = await (
      await fetch(`/v1/staff/referrals/${sent.id}`, {
        headers: { Authorization: `Bearer ${accessToken}` },
      })
    ).json();
    expect(stored.outcome).to.deep.equal({
      goalReached: true,
      startkwalificatie: false,
      schoolCareer: 'next-level',
    });
  });

  it('at 320 px: a change is only made after the confirmation; Escape cancels it', async () => {
    await setViewport({ width: 320, height: 640 });
    const sent = await refer();
    const workspace = await fixture<VangnetStaffWorkspace>(
      html`<vangnet-staff-workspace partner-key=${demoPartnerKey}></vangnet-staff-workspace>`,
    );
    await waitUntil(() => root(workspace).querySelector('#user'), 'no sign-in', {
      timeout: 10_000,
    });
    choose(labelled(workspace, 'Voorbeeldgebruiker'), 'coordinator-pluscoaching');
    await press(button(workspace, 'Inloggen'), 'Enter');
    const open = `Open ${sent.reference}`;
    await waitUntil(() => has(workspace, open), 'not in the queue', { timeout: 10_000 });
    await press(button(workspace, open), 'Enter');
    await waitUntil(() => has(workspace, 'Afsluiten…'), 'did not open', { timeout: 10_000 });
    const page320 = document.documentElement;
    expect(page320.scrollWidth, 'sideways scrolling at 320 px').to.be.at.most(page320.clientWidth);
    await expectNoAxeViolations(workspace);
    await press(button(workspace, 'Afsluiten…'), 'Enter');
    const dialog = root(workspace).querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'no confirmation');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
    expect(root(workspace).querySelector('#referral-title')?.parentElement?.textContent).to.contain(
      'Ontvangen',
    );
    // Signing out forgets the token: nothing in storage.
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.to.contain('eyJ');
    await press(button(workspace, 'Uitloggen'), 'Enter');
    await waitUntil(() => root(workspace).querySelector('#user'), 'not signed out');
    await setViewport({ width: 800, height: 600 });
  });
});
