// The built workspace at `/staff/`, as the server serves it: under its strict policy (no inline
// script, Trusted Types required) the page runs, signs in, and fits a 320 px wide phone; every
// demo user signs in and opens every tab of their navigation — whatever sections exist — with no
// policy violation and no console error.
// Needs `npm run build -w @vangnet/staff` first (`npm test` builds before the browser tests).
import { expect, waitUntil } from '@open-wc/testing';
import type { DevUser } from '@vangnet/sdk';

/** What went wrong in the workspace's window: policy violations and console errors. */
interface Watched {
  readonly window: Window;
  readonly violations: string[];
  readonly errors: string[];
}

const describeValue = (value: unknown): string =>
  value instanceof Error ? `${value.name}: ${value.message}` : String(value);

/** Listens for violations and errors on the window as it is now. */
function watch(opened: Window & typeof globalThis, watched: Watched): void {
  opened.addEventListener('securitypolicyviolation', (event) =>
    watched.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
  opened.addEventListener('error', (event) => watched.errors.push(describeValue(event.error)));
  opened.addEventListener('unhandledrejection', (event) =>
    watched.errors.push(describeValue(event.reason)),
  );
  const consoleError = opened.console.error.bind(opened.console);
  opened.console.error = (...values: unknown[]) => {
    watched.errors.push(values.map(describeValue).join(' '));
    consoleError(...values);
  };
}

/** The workspace in a window of its own: its policy forbids frames (`frame-ancestors 'none'`). */
async function openWorkspace(width: number, path = '/staff/'): Promise<Watched> {
  const answer = await fetch('/staff/');
  expect(answer.status, 'the workspace is not built: npm run build -w @vangnet/staff').to.equal(
    200,
  );
  const policy = answer.headers.get('Content-Security-Policy') ?? '';
  expect(policy).to.contain("default-src 'self'");
  expect(policy).to.contain("require-trusted-types-for 'script'");
  expect(policy).not.to.contain('unsafe-inline');
  const opened = window.open(path, 'workspace', `popup,width=${width},height=640`);
  if (!opened) throw new Error('The browser did not open a window.');
  const watched: Watched = { window: opened, violations: [], errors: [] };
  // Before the page loads: the loaded page keeps this window (same origin), and so the listeners
  // (expectViolationsHeard proves it).
  watch(opened as Window & typeof globalThis, watched);
  await waitUntil(
    () => opened.document?.readyState === 'complete' && opened.location.pathname === path,
    'the workspace did not load',
    { timeout: 15_000 },
  );
  return watched;
}

const workspaceOf = (opened: Window) =>
  opened.document?.querySelector('vangnet-staff-workspace') ?? null;
const shadowOf = (opened: Window) => workspaceOf(opened)?.shadowRoot ?? null;

/** Proves the listener hears a violation in that window: a picture from another origin. */
async function expectViolationsHeard(watched: Watched): Promise<void> {
  const image = watched.window.document.createElement('img');
  image.src = 'https://example.org/not-allowed.png';
  watched.window.document.body.append(image);
  await waitUntil(() => watched.violations.length > 0, 'the violation listener heard nothing');
  image.remove();
  watched.violations.length = 0;
}

/** Signs in as `user` with the development sign-in, as a person does: choose, press the button. */
async function signIn(opened: Window, user: string): Promise<void> {
  await waitUntil(() => shadowOf(opened)?.querySelector('#user'), 'no sign-in', {
    timeout: 15_000,
  });
  const shadow = shadowOf(opened)!;
  const select = shadow.querySelector<HTMLSelectElement>('#user')!;
  select.value = user;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  shadow.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await waitUntil(
    () => /Uitloggen/.test(shadowOf(opened)?.textContent ?? ''),
    `${user} did not sign in`,
    {
      timeout: 15_000,
    },
  );
}

/** The text of the section shown now: the queue, or a section element's own shadow root. */
function sectionText(opened: Window): string | undefined {
  const shadow = shadowOf(opened);
  if (shadow?.querySelector('#queue-title')) return shadow.textContent ?? '';
  const section = shadow?.querySelector('.section');
  return section?.shadowRoot?.querySelector('h2')
    ? (section.shadowRoot.textContent ?? '')
    : undefined;
}

describe('/staff/ under the strict policy', () => {
  let watched: Watched | undefined;
  afterEach(() => watched?.window.close());

  it('runs: the sign-in of the development sign-in shows, at 320 px without sideways scrolling', async () => {
    watched = await openWorkspace(320);
    const frame = watched.window;
    await waitUntil(
      () => shadowOf(frame)?.querySelector('#user'),
      'the workspace did not render under the policy',
      { timeout: 15_000 },
    );
    const shadow = shadowOf(frame)!;
    expect(shadow.querySelector('h1')?.textContent).to.contain('Vangnet werkplek');
    expect(frame.innerWidth).to.be.at.most(400);
    const html = frame.document.documentElement;
    expect(html.scrollWidth).to.be.at.most(html.clientWidth);
    expect(watched.violations).to.deep.equal([]);
    expect(watched.errors).to.deep.equal([]);
  });

  it('every demo user opens every tab of their navigation with no violation and no console error', async () => {
    const { users } = (await (await fetch('/v1/staff/dev-signin')).json()) as { users: DevUser[] };
    expect(users.length).to.be.at.least(6);
    const opened: Record<string, string[]> = {};
    for (const user of users) {
      watched = await openWorkspace(1024);
      await expectViolationsHeard(watched);
      const frame = watched.window;
      await signIn(frame, user.id);
      const tabs = [...shadowOf(frame)!.querySelectorAll<HTMLAnchorElement>('nav a')];
      opened[user.id] = [];
      // A person with one section has no navigation: that section is open.
      for (const tab of tabs.length > 0 ? tabs : [undefined]) {
        const name = tab?.textContent?.trim() ?? 'the only section';
        tab?.click();
        await waitUntil(
          () => tab === undefined || tab.getAttribute('aria-current') === 'page',
          `${user.id}: ${name} did not open`,
        );
        await waitUntil(
          () => {
            const text = sectionText(frame);
            return text !== undefined && !text.includes('Bezig met laden');
          },
          `${user.id}: ${name} did not render`,
          { timeout: 15_000 },
        );
        opened[user.id]!.push(name);
      }
      expect(watched.violations, `${user.id}: policy violations`).to.deep.equal([]);
      expect(watched.errors, `${user.id}: console errors`).to.deep.equal([]);
      frame.close();
    }
    // What the navigation by role promises (sections.ts), so the loop above covered them all.
    expect(opened['coordinator-pluscoaching']).to.deep.equal(['Aanmeldingen', 'Cijfers']);
    expect(opened['casemanager-jongerenpunt070']).to.deep.equal(['Agenda', 'Terugbelverzoeken']);
    expect(opened['admin']).to.deep.equal(['Agenda', 'Cijfers', 'Berichten']);
  });

  it("opens a section's own address after signing in: the sections are in the bundle", async () => {
    watched = await openWorkspace(800, '/staff/outbox');
    const frame = watched.window;
    await signIn(frame, 'admin');
    const shadow = shadowOf(frame)!;
    // A section that the bundle left out stays an unknown element without a shadow root.
    await waitUntil(
      () => shadow.querySelector('vangnet-staff-outbox')?.shadowRoot?.querySelector('h2'),
      'the outbox section did not render in the built page',
      { timeout: 15_000 },
    );
    const section = shadow.querySelector('vangnet-staff-outbox')!.shadowRoot!;
    expect(section.querySelector('h2')?.textContent).to.equal('Berichten');
    expect(frame.location.pathname).to.equal('/staff/outbox');
    expect(watched.violations).to.deep.equal([]);
    expect(watched.errors).to.deep.equal([]);
  });
});
