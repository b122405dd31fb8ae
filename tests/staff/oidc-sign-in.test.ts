// "Inloggen met je organisatie" on the built page at /staff/, under its strict policy, against the
// fake provider of the test configuration (tests/staff/support/fake-provider.ts): the browser goes
// to the provider and back with a code, the workspace exchanges it with its PKCE verifier, the
// server accepts the provider's access token — and afterwards no code or state is in the address
// and nothing is in storage or cookies. Needs `npm run build -w @vangnet/staff`.
import { expect, waitUntil } from '@open-wc/testing';
import type { StaffSignIn } from '@vangnet/sdk';

const shadowOf = (opened: Window) =>
  opened.document?.querySelector('vangnet-staff-workspace')?.shadowRoot ?? null;

/** The button with exactly this text in the workspace, once it is there. */
async function buttonIn(opened: Window, name: string): Promise<HTMLButtonElement> {
  let found: HTMLButtonElement | undefined;
  await waitUntil(
    () => {
      const buttons = shadowOf(opened)?.querySelectorAll('button') ?? [];
      found = [...buttons].find((button) => button.textContent?.trim() === name);
      return found;
    },
    `no button "${name}"`,
    { timeout: 15_000 },
  );
  return found!;
}

describe('/staff/: signing in with the organisation', () => {
  let opened: Window | null = null;
  afterEach(() => opened?.close());

  it('offers both sign-ins when the provider and the development sign-in are on', async () => {
    const options = (await (await fetch('/v1/staff/signin')).json()) as StaffSignIn;
    expect(options.devSignIn).to.equal(true);
    expect(options.oidc?.clientId).to.equal('vangnet-werkplek-test');
    const page = await fetch('/staff/');
    expect(page.headers.get('Content-Security-Policy')).to.contain(
      `connect-src 'self' ${new URL(options.oidc!.issuer).origin}`,
    );
    opened = window.open('/staff/agenda', 'oidc', 'popup,width=1024,height=700');
    await buttonIn(opened!, 'Inloggen met je organisatie');
    await waitUntil(() => shadowOf(opened!)?.querySelector('#user'), 'no development sign-in');
    expect(shadowOf(opened!)?.textContent).to.contain('Ontwikkel-inlog');
  });

  it('goes to the provider and back, signed in with its token, nothing kept but in memory', async () => {
    const options = (await (await fetch('/v1/staff/signin')).json()) as StaffSignIn;
    // The section asked for before signing in is where the workspace comes back to.
    opened = window.open('/staff/monitoring', 'oidc', 'popup,width=1024,height=700');
    const frame = opened!;
    (await buttonIn(frame, 'Inloggen met je organisatie')).click();
    await waitUntil(
      () => {
        try {
          return /Ingelogd als Coördinator Via Organisatie/.test(
            shadowOf(frame)?.textContent ?? '',
          );
        } catch {
          return false; // at the provider's origin for a moment
        }
      },
      'not signed in through the provider',
      { timeout: 20_000 },
    );
    const refusals = (await (await fetch(`${options.oidc!.issuer}/refusals`)).json()) as string[];
    expect(refusals, 'the provider refused').to.deep.equal([]);
    expect(frame.location.pathname).to.equal('/staff/monitoring');
    expect(frame.location.search, 'code and state left the address').to.equal('');
    expect(frame.sessionStorage.length, 'sessionStorage').to.equal(0);
    expect(frame.localStorage.length, 'localStorage').to.equal(0);
    expect(frame.document.cookie, 'cookies').to.equal('');
    // The staff API accepted the provider's token: the section of the coordinator opened.
    await waitUntil(
      () => shadowOf(frame)?.querySelector('.section')?.shadowRoot?.querySelector('h2'),
      'the monitoring section did not open',
    );
    const current = shadowOf(frame)?.querySelector('nav a[aria-current="page"]');
    expect(current?.textContent?.trim()).to.equal('Cijfers');
  });

  it("stays signed in with the provider's refresh token, without leaving the page", async () => {
    const { oidc } = (await (await fetch('/v1/staff/signin')).json()) as StaffSignIn;
    await fetch(`${oidc!.issuer}/lifetime?seconds=4`);
    try {
      opened = window.open('/staff/', 'oidc', 'popup,width=1024,height=700');
      const frame = opened!;
      (await buttonIn(frame, 'Inloggen met je organisatie')).click();
      const stay = await buttonIn(frame, 'Ingelogd blijven');
      const address = frame.location.href;
      stay.click();
      await waitUntil(
        async () => ((await (await fetch(`${oidc!.issuer}/renewals`)).json()) as unknown[]).length,
        'no refresh grant at the provider',
      );
      await waitUntil(
        () => !/Ingelogd blijven/.test(shadowOf(frame)?.textContent ?? ''),
        'the warning stayed',
      );
      // Past the first token's end: still signed in on the same page.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(shadowOf(frame)?.textContent).to.contain('Ingelogd als Coördinator Via Organisatie');
      expect(frame.location.href).to.equal(address);
      const refusals = (await (await fetch(`${oidc!.issuer}/refusals`)).json()) as string[];
      expect(refusals).to.deep.equal([]);
      expect(frame.sessionStorage.length + frame.localStorage.length, 'storage').to.equal(0);
    } finally {
      await fetch(`${oidc!.issuer}/lifetime`);
    }
  });

  it('says so when the answer does not belong to a sign-in of this tab, and takes it out of the address', async () => {
    opened = window.open('/staff/?code=stolen&state=forged', 'oidc', 'popup,width=1024,height=700');
    const frame = opened!;
    await waitUntil(
      () => /Inloggen is niet gelukt/.test(shadowOf(frame)?.textContent ?? ''),
      'no sign-in failure shown',
      { timeout: 15_000 },
    );
    expect(frame.location.search).to.equal('');
    expect(shadowOf(frame)?.textContent).not.to.contain('Ingelogd als');
    await buttonIn(frame, 'Inloggen met je organisatie');
  });
});
