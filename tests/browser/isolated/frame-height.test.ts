// The frame's height follows its content with no scrollbar, and the page does not shift: the
// element keeps its reserved height until the frame's first message, at 360 and at 1280 px.
import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { measureLayoutShift } from '../../../packages/widget/src/core/testing/test-support.ts';
import { demoPartnerKey, framed, inFrame, mount, otherOrigin } from './isolated-fixture.ts';

for (const width of [360, 1280]) {
  describe(`isolated mode at ${width} px`, function () {
    this.timeout(60_000);

    it('height follows the content, no scrollbar, CLS 0', async () => {
      await setViewport({ width, height: 800 });
      let form!: HTMLElement;
      let below!: HTMLElement;
      const shift = await measureLayoutShift(async () => {
        const page = mount<HTMLElement>(
          html`<div>
            <vangnet-referral-form
              isolated
              api=${otherOrigin}
              partner-key=${demoPartnerKey}
              service="pluscoaching"
              municipality="delft"
            ></vangnet-referral-form>
            <p id="below">The host page goes on here.</p>
          </div>`,
        );
        form = page.querySelector('vangnet-referral-form')!;
        below = page.querySelector('#below')!;
        await framed(form);
        await waitUntil(
          () =>
            inFrame<boolean>(
              `!!document.querySelector('vangnet-referral-form')?.shadowRoot?.querySelector('form')`,
            ),
          'the framed form did not load',
          { timeout: 15_000 },
        );
        await new Promise((resolve) => setTimeout(resolve, 500));
      });
      expect(shift).to.equal(0);
      const frame = form.shadowRoot!.querySelector('iframe')!;
      const content = await inFrame<{ height: number; scrolls: boolean }>(
        `({ height: Math.ceil(document.documentElement.getBoundingClientRect().height), scrolls: document.documentElement.scrollHeight > innerHeight })`,
      );
      expect(frame.getBoundingClientRect().height).to.equal(content.height);
      expect(content.scrolls).to.equal(false);
      // The element is as tall as its content or its reservation; the page below follows it.
      const box = form.getBoundingClientRect();
      expect(box.height).to.be.at.least(content.height);
      expect(below.getBoundingClientRect().top).to.be.at.least(box.bottom);
      // Content that grows makes the frame grow with it.
      await inFrame(
        `(() => { const p = document.createElement('p'); p.textContent = 'x'; p.style.blockSize = '400px'; document.querySelector('main').append(p); return true; })()`,
      );
      await waitUntil(
        () => frame.getBoundingClientRect().height >= content.height + 400,
        'the frame did not grow with its content',
      );
    });
  });
}
