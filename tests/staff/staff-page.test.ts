// The built workspace at `/staff/`, as the server serves it: under its strict policy (no inline
// script, Trusted Types required) the page runs, signs in, and fits a 320 px wide phone.
// Needs `npm run build -w @vangnet/staff` first (`npm test` builds before the browser tests).
import { expect, waitUntil } from '@open-wc/testing';

/** The workspace in a window of its own: its policy forbids frames (`frame-ancestors 'none'`). */
async function openWorkspace(width: number, path = '/staff/'): Promise<Window> {
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
  opened.addEventListener('securitypolicyviolation', (event) =>
    violations.push(event.violatedDirective),
  );
  return opened;
}

const violations: string[] = [];
const workspaceOf = (opened: Window) =>
  opened.document?.querySelector('vangnet-staff-workspace') ?? null;

describe('/staff/ under the strict policy', () => {
  let opened: Window | undefined;
  afterEach(() => opened?.close());

  it('runs: the sign-in of the development sign-in shows, at 320 px without sideways scrolling', async () => {
    const frame = await openWorkspace(320);
    opened = frame;
    await waitUntil(
      () => workspaceOf(frame)?.shadowRoot?.querySelector('#user'),
      'the workspace did not render under the policy',
      { timeout: 15_000 },
    );
    const shadow = workspaceOf(frame)!.shadowRoot!;
    expect(shadow.querySelector('h1')?.textContent).to.contain('Vangnet werkplek');
    expect(frame.innerWidth).to.be.at.most(400);
    const html = frame.document.documentElement;
    expect(html.scrollWidth).to.be.at.most(html.clientWidth);
    expect(violations).to.deep.equal([]);
  });

  it("opens a section's own address after signing in: the sections are in the bundle", async () => {
    const frame = await openWorkspace(800, '/staff/outbox');
    opened = frame;
    await waitUntil(() => workspaceOf(frame)?.shadowRoot?.querySelector('#user'), 'no sign-in', {
      timeout: 15_000,
    });
    const shadow = workspaceOf(frame)!.shadowRoot!;
    const user = shadow.querySelector<HTMLSelectElement>('#user')!;
    user.value = 'admin';
    user.dispatchEvent(new Event('change', { bubbles: true }));
    shadow.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    // A section that the bundle left out stays an unknown element without a shadow root.
    await waitUntil(
      () => shadow.querySelector('vangnet-staff-outbox')?.shadowRoot?.querySelector('h2'),
      'the outbox section did not render in the built page',
      { timeout: 15_000 },
    );
    const section = shadow.querySelector('vangnet-staff-outbox')!.shadowRoot!;
    expect(section.querySelector('h2')?.textContent).to.equal('Berichten');
    expect(violations).to.deep.equal([]);
  });
});
