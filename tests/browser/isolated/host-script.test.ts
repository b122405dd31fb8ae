// A host page whose own script tries to read what is typed: in-page it can, isolated it cannot.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, tabTo } from '../../../packages/widget/src/test-utils/keyboard.ts';
import {
  demoPartnerKey,
  framed,
  inFrame,
  listenLikeATracker,
  mount,
  otherOrigin,
  sameOrigin,
  whatAHostScriptSees,
} from './isolated-fixture.ts';

const typed = 'Zuidpark College';

describe('isolated mode: a host script reads nothing', function () {
  this.timeout(60_000);

  it('in-page (the control): the host script gets the inputs, their labels and every key', async () => {
    const before = mount<HTMLElement>(html`<button>before</button>`);
    const form = mount<HTMLElement>(
      html`<vangnet-referral-form
        api=${sameOrigin}
        partner-key=${demoPartnerKey}
        service="pluscoaching"
        municipality="delft"
      ></vangnet-referral-form>`,
    );
    await waitUntil(() => form.shadowRoot?.querySelector('input'), 'no form', { timeout: 15_000 });
    const tracker = listenLikeATracker();
    before.focus();
    await tabTo((element) => element instanceof HTMLInputElement);
    await sendKeys({ type: typed });
    tracker.stop();
    const seen = whatAHostScriptSees(form);
    expect(seen.inputs).to.be.greaterThan(0);
    expect(seen.values).to.include(typed);
    expect(seen.labels.join(' ')).to.match(/organisatie/i);
    expect(tracker.heard.join('')).to.include(typed);
  });

  it('isolated: no inputs, no shadow root content, no frame document, no keys', async () => {
    const before = mount<HTMLElement>(html`<button>before</button>`);
    const form = mount<HTMLElement>(
      html`<vangnet-referral-form
        isolated
        api=${otherOrigin}
        partner-key=${demoPartnerKey}
        service="pluscoaching"
        municipality="delft"
      ></vangnet-referral-form>`,
    );
    await framed(form);
    await waitUntil(
      async () =>
        inFrame<boolean>(
          `!!document.querySelector('vangnet-referral-form')?.shadowRoot?.querySelector('input')`,
        ),
      'the framed form did not load',
      { timeout: 15_000 },
    );
    const tracker = listenLikeATracker();
    before.focus();
    // Into the frame with Tab, as a person would, until the framed form's first input has focus.
    for (let i = 0; i < 10; i += 1) {
      await sendKeys({ press: 'Tab' });
      const inInput = await inFrame<boolean>(
        `document.querySelector('vangnet-referral-form').shadowRoot.activeElement instanceof HTMLInputElement`,
      );
      if (inInput) break;
    }
    await sendKeys({ type: typed });
    tracker.stop();
    // The frame really holds what was typed…
    const value = await inFrame<string>(
      `document.querySelector('vangnet-referral-form').shadowRoot.activeElement.value`,
    );
    expect(value).to.equal(typed);
    // …and the host page's script gets none of it.
    const seen = whatAHostScriptSees(form);
    expect(seen.inputs).to.equal(0);
    expect(seen.values).to.deep.equal([]);
    expect(seen.labels).to.deep.equal([]);
    expect(seen.frameDocument).to.equal('refused');
    expect(tracker.heard.join('')).not.to.include('Zuid');
    expect(deepActiveElement()).to.equal(frameOfForm(form));
    // The frame's address carries configuration, never what was typed.
    expect(frameOfForm(form).src).not.to.include('Zuidpark');
  });
});

function frameOfForm(form: HTMLElement): HTMLIFrameElement {
  return form.shadowRoot!.querySelector('iframe')!;
}
