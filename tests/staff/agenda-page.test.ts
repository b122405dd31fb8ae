// The built workspace at `/staff/agenda`, as the server serves it: under its strict policy the
// agenda of a casemanager opens at its own address after signing in, and fits a 320 px phone.
// Needs `npm run build -w @vangnet/staff` first (`npm test` builds before the browser tests).
import { expect, waitUntil } from '@open-wc/testing';

const violations: string[] = [];

describe('/staff/agenda under the strict policy', () => {
  let opened: Window | undefined;
  afterEach(() => opened?.close());

  it('opens the agenda of the signed-in casemanager, at 320 px without sideways scrolling', async () => {
    const answer = await fetch('/staff/agenda');
    expect(answer.status, 'the workspace is not built: npm run build -w @vangnet/staff').to.equal(
      200,
    );
    const page = window.open('/staff/agenda', 'agenda', 'popup,width=320,height=640');
    if (!page) throw new Error('The browser did not open a window.');
    opened = page;
    page.addEventListener('securitypolicyviolation', (event) =>
      violations.push(event.violatedDirective),
    );
    const workspace = () => page.document?.querySelector('vangnet-staff-workspace')?.shadowRoot;
    await waitUntil(() => workspace()?.querySelector('#user'), 'no sign-in', { timeout: 15_000 });
    const user = workspace()!.querySelector<HTMLSelectElement>('#user')!;
    user.value = 'casemanager-laak';
    user.dispatchEvent(new Event('change', { bubbles: true }));
    workspace()!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

    const agenda = () => workspace()?.querySelector('vangnet-staff-agenda')?.shadowRoot;
    await waitUntil(
      () => agenda()?.querySelector('#day-label'),
      'the agenda did not render in the built workspace',
      { timeout: 15_000 },
    );
    expect(agenda()!.querySelector('h2')?.textContent).to.contain('Agenda');
    expect(agenda()!.textContent).to.contain('Jongerencentrum Laak');
    expect(page.location.pathname).to.equal('/staff/agenda');
    const html = page.document.documentElement;
    expect(html.scrollWidth, 'sideways scrolling').to.be.at.most(html.clientWidth);
    expect(violations).to.deep.equal([]);
  });
});
