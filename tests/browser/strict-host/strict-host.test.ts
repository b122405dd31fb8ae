import { expect } from '@open-wc/testing';

/** Opens the strict host page in an iframe, served with the strict CSP header. */
async function openStrictPage(): Promise<Window & { __violations: string[] }> {
  const frame = document.createElement('iframe');
  frame.src = '/tests/browser/strict-host/page.html?csp=strict';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as Window & { __violations: string[] };
}

describe('a strict host page', () => {
  it('is served with the strict policy: a script from a string is refused and reported', async () => {
    const page = await openStrictPage();
    const script = page.document.createElement('script');
    expect(() => {
      script.textContent = 'window.__inlineRan = true';
    }).to.throw(/TrustedScript/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.__violations.join('\n')).to.contain('require-trusted-types-for');
  });
});
