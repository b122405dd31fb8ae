// The framed form is as accessible as in-page: axe-core finds nothing in the frame, and a keyboard
// user tabs into the frame, works the form there, and tabs out again to the host page.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { demoPartnerKey, framed, inFrame, mount, otherOrigin } from './isolated-fixture.ts';

const active = `(() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a ? a.localName + (a.type ? ':' + a.type : '') : null; })()`;

async function framedForm(): Promise<{
  before: HTMLElement;
  after: HTMLElement;
  form: HTMLElement;
}> {
  const page = mount<HTMLElement>(
    html`<div>
      <button id="before">before</button>
      <vangnet-referral-form
        isolated
        api=${otherOrigin}
        partner-key=${demoPartnerKey}
        municipality="delft"
      ></vangnet-referral-form>
      <button id="after">after</button>
    </div>`,
  );
  const form = page.querySelector<HTMLElement>('vangnet-referral-form')!;
  await framed(form);
  await waitUntil(
    () =>
      inFrame<boolean>(
        `!!document.querySelector('vangnet-referral-form')?.shadowRoot?.querySelector('form')`,
      ),
    'the framed form did not load',
    { timeout: 15_000 },
  );
  return {
    before: page.querySelector<HTMLElement>('#before')!,
    after: page.querySelector<HTMLElement>('#after')!,
    form,
  };
}

describe('isolated mode: accessibility', function () {
  this.timeout(60_000);

  // `page-has-heading-one` is about a whole page: the frame is a part of the host page, whose own
  // heading it is (the in-page tests leave out `region` for the same reason).
  it('axe-core finds nothing in the framed form, and the frame has a title', async () => {
    const { form } = await framedForm();
    expect(form.shadowRoot!.querySelector('iframe')!.title).to.equal('Aanmeldformulier');
    const violations = await inFrame<string[]>(
      `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'], rules: { 'page-has-heading-one': { enabled: false } } })
        .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => JSON.stringify(n.target)).join(' ')))`,
      { axe: true },
    );
    expect(violations).to.deep.equal([]);
  });

  it('Tab goes into the frame, the form works with keys only, and Tab leaves it again', async () => {
    const { before, after, form } = await framedForm();
    const steps: number[] = [];
    form.addEventListener('vangnet-step', (event) => steps.push(event.detail.index));
    before.focus();
    // Into the frame, to the first service choice (a radio button).
    let focused: string | null = null;
    for (let i = 0; i < 15 && focused !== 'input:radio'; i += 1) {
      await sendKeys({ press: 'Tab' });
      focused = await inFrame<string | null>(active);
    }
    expect(focused).to.equal('input:radio');
    expect(document.activeElement).to.equal(form);
    // Choose with Space, then on to the "Volgende" button and Enter: the next step.
    await sendKeys({ press: 'Space' });
    for (let i = 0; i < 10; i += 1) {
      await sendKeys({ press: 'Tab' });
      const text = await inFrame<string>(
        `(() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a ? a.textContent.trim() : ''; })()`,
      );
      if (/volgende/i.test(text)) break;
    }
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => steps.includes(1), 'the next step did not show', { timeout: 10_000 });
    // Out of the frame, forwards: the host page's next control.
    for (let i = 0; i < 40 && document.activeElement !== after; i += 1) {
      await sendKeys({ press: 'Tab' });
    }
    expect(document.activeElement).to.equal(after);
    // And back in with Shift+Tab.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(document.activeElement).to.equal(form);
    expect(await inFrame<string | null>(active)).not.to.equal(null);
  });
});
