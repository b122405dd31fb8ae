// A young person asks to be called back through the public API; the casemanager of that
// location sees the request in the workspace and marks it called with the keyboard, and it moves
// under "Gebeld". Against the real server (PGlite, development sign-in); axe in every state.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createClient } from '@vangnet/sdk';
import { demoPartnerKey } from '@vangnet/api-core';
import { expectNoAxeViolations } from '../../packages/widget/src/test-utils/axe.ts';
import {
  button,
  has,
  openTab,
  press,
  root,
  scrollsSideways,
  signedIn,
  tabs,
} from './support/workspace-ui.ts';

const public_ = () => createClient({ baseUrl: location.origin, partnerKey: demoPartnerKey });

describe('staff workspace: call-back requests', () => {
  afterEach(async () => {
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
  });

  it('the casemanager of the location calls back and marks the request called', async () => {
    const asked = await public_().callbackRequests.create({
      location: 'jongerenpunt070',
      topic: 'terug-naar-school',
      name: 'Sam Terugbel',
      phone: '06 12345678',
      preferredTimes: 'na 15:00',
    });

    const workspace = await signedIn('casemanager-jongerenpunt070');
    expect(tabs(workspace)).to.include('Terugbelverzoeken');
    const section = await openTab(workspace, 'Terugbelverzoeken');
    const card = () => root(section).querySelector(`[data-reference="${asked.reference}"]`);
    await waitUntil(card, 'the request is not listed', { timeout: 10_000 });
    expect(root(section).activeElement?.textContent).to.equal('Terugbelverzoeken');
    expect(card()?.getAttribute('data-state')).to.equal('open');
    expect(card()?.closest('section')?.querySelector('h3')?.textContent).to.contain('Nog bellen');
    expect(card()?.textContent).to.contain('Sam Terugbel');
    expect(card()?.textContent).to.contain('na 15:00');
    expect(card()?.textContent).to.contain('Weer naar school gaan');
    expect(card()?.querySelector('a[href^="tel:"]')?.getAttribute('href')).to.equal(
      'tel:0612345678',
    );
    await expectNoAxeViolations(section);

    await press(button(section, `Gebeld: verzoek ${asked.reference}`), 'Enter');
    await waitUntil(
      () => card()?.getAttribute('data-state') === 'called',
      'the request did not move to called',
      { timeout: 10_000 },
    );
    expect(card()?.closest('section')?.querySelector('h3')?.textContent).to.contain('Gebeld');
    expect(card()?.textContent).to.contain('Gebeld op');
    expect(has(section, `Gebeld: verzoek ${asked.reference}`)).to.equal(false);
    // Focus follows the request to its new place; the live region says where it went.
    expect(root(section).activeElement).to.equal(card()?.querySelector('h4'));
    expect(root(section).querySelector('[role="status"]')?.textContent).to.contain(
      `Verzoek ${asked.reference} staat nu bij gebeld.`,
    );
    await expectNoAxeViolations(section);

    // On a phone: the cards fit, the number stays a link to call.
    await setViewport({ width: 320, height: 640 });
    expect(scrollsSideways(), 'sideways scrolling at 320 px').to.equal(false);
    await expectNoAxeViolations(section);
  });

  it('the casemanager of another location does not see it; at 320 px nothing scrolls sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const asked = await public_().callbackRequests.create({
      location: 'jongerenpunt070',
      name: 'Sam Anderelocatie',
      phone: '06 87654321',
    });
    const workspace = await signedIn('casemanager-laak');
    const section = await openTab(workspace, 'Terugbelverzoeken');
    await waitUntil(() => root(section).querySelector('#open-title'), 'no list', {
      timeout: 10_000,
    });
    expect(root(section).querySelector(`[data-reference="${asked.reference}"]`)).to.equal(null);
    expect(root(section).textContent).to.contain(
      'Er zijn geen terugbelverzoeken die nog open staan.',
    );
    expect(scrollsSideways(), 'sideways scrolling at 320 px').to.equal(false);
    await expectNoAxeViolations(section);
  });

  it('a coordinator has no call-back tab', async () => {
    const workspace = await signedIn('coordinator-pluscoaching');
    expect(tabs(workspace)).not.to.include('Terugbelverzoeken');
  });
});
