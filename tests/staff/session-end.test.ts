// The end of a sign-in (WCAG 2.2.1, timing adjustable): a warning before the token runs out with
// one action to stay signed in, by keyboard, and a sign-out that says why when nobody answers.
// Against the real server; the development sign-in's answer is told to last a few seconds (the
// token itself stays valid for the hour the server gives it), so no test waits an hour.
import { expect, waitUntil } from '@open-wc/testing';
import { expectNoAxeViolations } from '../../packages/widget/src/test-utils/axe.ts';
import { button, has, press, root, signedIn } from './support/workspace-ui.ts';

const realFetch = window.fetch;
let signIns = 0;

/** Answers of the development sign-in say they last `seconds`; counts the sign-ins. */
function tokensLast(seconds: number): void {
  signIns = 0;
  window.fetch = async (input, init) => {
    const response = await realFetch(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.pathname !== '/v1/staff/dev-signin' || init?.method !== 'POST' || !response.ok)
      return response;
    signIns += 1;
    const body = (await response.json()) as Record<string, unknown>;
    return new Response(JSON.stringify({ ...body, expiresIn: seconds }), {
      status: response.status,
      headers: response.headers,
    });
  };
}

const warning = (workspace: Element) =>
  [...root(workspace).querySelectorAll('[role="alert"]')].find((alert) =>
    /uitgelogd/.test(alert.textContent ?? ''),
  );

describe('the end of a sign-in', () => {
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('warns before the sign-in ends, and "Ingelogd blijven" by keyboard keeps it', async () => {
    tokensLast(4);
    const workspace = await signedIn('coordinator-pluscoaching');
    const started = performance.now();
    expect(warning(workspace), 'no warning at first').to.equal(undefined);
    await waitUntil(() => warning(workspace), 'no warning before the end', { timeout: 4_000 });
    expect(warning(workspace)?.textContent).to.contain(
      'Je wordt over een paar minuten uitgelogd. Wil je ingelogd blijven?',
    );
    // The warning does not take the focus from where the person works.
    expect(root(workspace).activeElement?.matches('.section, #queue-title')).to.equal(true);
    await expectNoAxeViolations(workspace);
    await press(button(workspace, 'Ingelogd blijven'), 'Enter');
    await waitUntil(() => !warning(workspace), 'the warning stayed');
    expect(signIns).to.equal(2);
    expect(root(workspace).querySelector('[role="status"]')?.textContent).to.contain(
      'Je blijft ingelogd.',
    );
    // Past the first token's end: still signed in, the queue still there.
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, 4_500 - (performance.now() - started))),
    );
    expect(root(workspace).textContent).to.contain('Ingelogd als');
    expect(has(workspace, 'Uitloggen')).to.equal(true);
  });

  it('signs out when the sign-in has run out, says why, and puts the focus on signing in', async () => {
    tokensLast(2);
    const workspace = await signedIn('coordinator-pluscoaching');
    await waitUntil(
      () => /Je bent uitgelogd, omdat je inlog is verlopen/.test(root(workspace).textContent ?? ''),
      'not signed out at the end',
      { timeout: 5_000 },
    );
    expect(root(workspace).textContent).not.to.contain('Ingelogd als');
    await waitUntil(
      () => root(workspace).activeElement?.id === 'signin-title',
      'focus not on the sign-in',
    );
    await expectNoAxeViolations(workspace);
    // Signing in again starts afresh, without the notice.
    await press(button(workspace, 'Inloggen'), 'Enter');
    await waitUntil(
      () => /Ingelogd als/.test(root(workspace).textContent ?? ''),
      'not signed in again',
    );
    expect(root(workspace).textContent).not.to.contain('inlog is verlopen');
  });
});
