// The typed events of a framed component reach the host page with the same details as in-page;
// a message from any other window or origin is ignored; the finder hands an organisation to an
// isolated referral form.
import { expect, html, waitUntil } from '@open-wc/testing';
import { VANGNET_EVENTS } from '@vangnet/widget';
import {
  demoPartnerKey,
  framed,
  frameOf,
  inFrame,
  mount,
  otherOrigin,
  sameOrigin,
} from './isolated-fixture.ts';

function record(target: EventTarget) {
  const events: { name: string; detail: unknown }[] = [];
  for (const name of VANGNET_EVENTS) {
    target.addEventListener(name, (event) =>
      events.push({ name, detail: (event as CustomEvent).detail }),
    );
  }
  return events;
}

/** Fires `name` with `detail` from the component inside the frame. */
function fireInFrame(tag: string, name: string, detail: object): Promise<unknown> {
  return inFrame(
    `document.querySelector('${tag}').dispatchEvent(new CustomEvent('${name}', { detail: ${JSON.stringify(detail)}, bubbles: true, composed: true })), true`,
  );
}

/** Waits for the framed component's first step (its catalog is there). */
async function shown(element: HTMLElement): Promise<void> {
  const steps: unknown[] = [];
  element.addEventListener('vangnet-step', (event) => steps.push(event));
  await framed(element);
  await waitUntil(() => steps.length > 0, 'the framed form showed no step', { timeout: 15_000 });
}

const formAttributes = { service: 'pluscoaching', municipality: 'delft' };

describe('isolated mode: events and messages', function () {
  this.timeout(60_000);

  it('the first step shows with the same vangnet-step detail as in-page', async () => {
    const inPage = record(document);
    const own = mount<HTMLElement>(
      html`<vangnet-referral-form
        api=${sameOrigin}
        partner-key=${demoPartnerKey}
        service=${formAttributes.service}
        municipality=${formAttributes.municipality}
      ></vangnet-referral-form>`,
    );
    await waitUntil(() => inPage.some((e) => e.name === 'vangnet-step'), 'no step in-page', {
      timeout: 15_000,
    });
    own.remove();
    const isolated = mount<HTMLElement>(
      html`<vangnet-referral-form
        isolated
        api=${otherOrigin}
        partner-key=${demoPartnerKey}
        service=${formAttributes.service}
        municipality=${formAttributes.municipality}
      ></vangnet-referral-form>`,
    );
    const fromFrame = record(isolated);
    await waitUntil(
      () => fromFrame.some((e) => e.name === 'vangnet-step'),
      'no step from the frame',
      {
        timeout: 15_000,
      },
    );
    expect(fromFrame[0]).to.deep.equal(inPage.find((e) => e.name === 'vangnet-step'));
  });

  it('every Vangnet event reaches the host with its detail; one with personal data does not', async () => {
    const form = mount<HTMLElement>(
      html`<vangnet-referral-form
        isolated
        api=${otherOrigin}
        partner-key=${demoPartnerKey}
      ></vangnet-referral-form>`,
    );
    await shown(form);
    const heard = record(document);
    const details: Record<string, object> = {
      'vangnet-step': { component: 'referral-form', step: 'review', index: 6, total: 7 },
      'vangnet-submitted': { reference: 'VN-R-7K3M9Q', service: 'pluscoaching' },
      'vangnet-booked': { reference: 'VN-A-2B4C6D' },
      'vangnet-rescheduled': { reference: 'VN-A-2B4C6D' },
      'vangnet-cancelled': { reference: 'VN-A-2B4C6D' },
      'vangnet-callback-requested': { reference: 'VN-C-1A2B3C' },
      'vangnet-error': {
        component: 'referral-form',
        kind: 'api',
        code: 'rate-limited',
        step: 'review',
      },
      'vangnet-organisation-selected': { organisationId: 'educe' },
    };
    for (const name of VANGNET_EVENTS)
      await fireInFrame('vangnet-referral-form', name, details[name]!);
    await fireInFrame('vangnet-referral-form', 'vangnet-submitted', {
      reference: 'VN-R-LEAKED',
      name: 'Anna de Vries',
    });
    await waitUntil(() => heard.length >= VANGNET_EVENTS.length, 'not every event arrived');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard).to.deep.equal(VANGNET_EVENTS.map((name) => ({ name, detail: details[name] })));
  });

  it('a message from another origin or window is ignored', async () => {
    const form = mount<HTMLElement>(
      html`<vangnet-referral-form
        isolated
        api=${otherOrigin}
        partner-key=${demoPartnerKey}
      ></vangnet-referral-form>`,
    );
    await shown(form);
    const frame = frameOf(form)!;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const height = frame.style.blockSize;
    const heard = record(document);
    const forged = [
      { vangnet: 'frame', type: 'height', height: 5 },
      {
        vangnet: 'frame',
        type: 'event',
        name: 'vangnet-submitted',
        detail: { reference: 'VN-R-FORGED', service: 'pluscoaching' },
      },
    ];
    // From the host page's own origin and window (a script on the page)…
    for (const message of forged) window.postMessage(message, '*');
    // …and from a frame of the page's origin, as an ad or another widget would.
    const other = document.createElement('iframe');
    other.src = '/tests/browser/isolated/forger.html';
    document.body.append(other);
    await new Promise((resolve) => other.addEventListener('load', resolve, { once: true }));
    // A function of the other frame's realm: the message's source is that frame's window.
    const post = new (other.contentWindow as unknown as typeof globalThis).Function(
      'message',
      "parent.postMessage(message, '*')",
    ) as (message: object) => void;
    for (const message of forged) post(message);
    await new Promise((resolve) => setTimeout(resolve, 500));
    other.remove();
    expect(heard).to.deep.equal([]);
    expect(frame.style.blockSize).to.equal(height);
  });

  it('the finder on the host page hands an organisation to an isolated referral form', async () => {
    const page = mount<HTMLElement>(
      html`<main>
        <vangnet-organisation-finder
          api=${sameOrigin}
          partner-key=${demoPartnerKey}
        ></vangnet-organisation-finder>
        <vangnet-referral-form
          isolated
          api=${otherOrigin}
          partner-key=${demoPartnerKey}
          service="pluscoaching"
          municipality="delft"
        ></vangnet-referral-form>
      </main>`,
    );
    const form = page.querySelector('vangnet-referral-form')!;
    await framed(form);
    await waitUntil(
      () =>
        inFrame<boolean>(
          `!!document.querySelector('vangnet-referral-form')?.shadowRoot?.querySelector('form')`,
        ),
      'the framed form did not load',
      { timeout: 15_000 },
    );
    const finder = page.querySelector('vangnet-organisation-finder')!;
    // The finder fires its event, as its "Verwijs naar deze organisatie" button does.
    finder.dispatchEvent(
      new CustomEvent('vangnet-organisation-selected', {
        detail: { organisationId: 'educe', organisationName: 'Educé' },
        bubbles: true,
        composed: true,
      }),
    );
    await waitUntil(
      () =>
        inFrame<boolean>(
          `document.querySelector('vangnet-referral-form').shadowRoot.querySelector('[data-vangnet-announcer="polite"]').textContent.includes('Educé is gekozen als voorkeur.')`,
        ),
      'the framed form did not take the organisation',
      { timeout: 10_000 },
    );
    expect(frameOf(form)).to.be.instanceOf(HTMLIFrameElement);
  });
});
