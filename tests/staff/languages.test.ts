// The workspace in the widgets' languages, against the real server (PGlite, development sign-in):
// a coordinator signs in in Dutch (no other language fetched), chooses العربية in the header and
// sees the navigation and the queue in Arabic, right to left, with a referral's number intact,
// axe-clean and at 320 px without sideways scrolling; then Türkçe and Polski. A page in Arabic
// opens the sign-in in Arabic; the built page at /staff/ fetches the Arabic chunk only when chosen.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createClient, type ReferralCreated } from '@vangnet/sdk';
import { demoPartnerKey } from '@vangnet/api-core';
import type { VangnetStaffWorkspace } from '@vangnet/staff';
import { referral } from '../conformance/support/calls.ts';
import { expectNoAxeViolations } from '../../packages/widget/src/test-utils/axe.ts';
import { choose, labelled, root, scrollsSideways, signedIn, tabs } from './support/workspace-ui.ts';

async function refer(): Promise<ReferralCreated> {
  const client = createClient({ baseUrl: location.origin, partnerKey: demoPartnerKey });
  const dateOfBirth = `${new Date().getFullYear() - 16}-01-15`;
  return client.referrals.create(
    referral(dateOfBirth, {
      consents: [{ party: 'young-person', method: 'in-person', date: '2026-01-05' }],
    }),
  );
}

// Room for every module the test page loads: the language modules come after Lit and the SDK.
performance.setResourceTimingBufferSize(100_000);
const pageLanguage = document.documentElement.lang;

/** The language modules the page has fetched so far (dev server: one file per text set). */
const fetchedLanguages = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\.(ar|tr|pl)\.ts|languages\/(ar|tr|pl)\.ts/.test(name));

const heading = (workspace: Element, selector: string) =>
  root(workspace).querySelector(selector)?.textContent?.trim();

describe('staff workspace: the languages of the widgets', () => {
  afterEach(async () => {
    fixtureCleanup();
    document.documentElement.lang = pageLanguage;
    await setViewport({ width: 800, height: 600 });
  });

  it('a coordinator switches to Arabic, Turkish and Polish in the header', async () => {
    const sent = await refer();
    document.documentElement.lang = 'nl';
    const workspace = await signedIn('coordinator-pluscoaching');
    await waitUntil(() => root(workspace).querySelector('[data-open]'), 'no queue', {
      timeout: 10_000,
    });
    expect(fetchedLanguages(), 'a Dutch user fetches no other language').to.deep.equal([]);

    const choice = labelled<HTMLSelectElement>(workspace, 'Taal');
    expect([...choice.options].map((option) => option.textContent?.trim())).to.deep.equal([
      'Nederlands',
      'English',
      'العربية',
      'Türkçe',
      'Polski',
    ]);
    expect(choice.options[2]!.lang).to.equal('ar');

    choose(choice, 'ar');
    const rootElement = root(workspace).querySelector<HTMLElement>('.root')!;
    await waitUntil(() => rootElement.lang === 'ar', 'Arabic did not arrive', { timeout: 10_000 });
    await workspace.updateComplete;
    expect(rootElement.dir).to.equal('rtl');
    expect(getComputedStyle(rootElement).direction).to.equal('rtl');
    expect(fetchedLanguages().some((name) => name.includes('languages/ar.ts'))).to.equal(true);
    expect(fetchedLanguages().some((name) => /languages\/(tr|pl)\.ts/.test(name))).to.equal(false);
    expect(heading(workspace, 'h1')).to.equal('مكان عمل Vangnet');
    expect(tabs(workspace)).to.include('الطلبات');
    expect(heading(workspace, '#queue-title')).to.equal('الطلبات');
    expect(labelled(workspace, 'اللغة')).to.equal(choice);
    expect(choice.value).to.equal('ar');

    // The referral's number, as it is, left to right inside the Arabic table.
    const number = root(workspace).querySelector<HTMLButtonElement>(`[data-open="${sent.id}"]`)!;
    expect(number.textContent?.trim()).to.equal(sent.reference);
    expect(number.querySelector('[dir="ltr"]')?.textContent).to.equal(sent.reference);
    expect(number.getAttribute('aria-label')).to.equal(`افتح \u2068${sent.reference}\u2069`);
    // Right to left: the table's first column (the number) is on the right.
    const cells = [...number.closest('tr')!.children] as HTMLElement[];
    expect(cells[0]!.getBoundingClientRect().left).to.be.greaterThan(
      cells[1]!.getBoundingClientRect().left,
    );
    await expectNoAxeViolations(workspace);

    await setViewport({ width: 320, height: 640 });
    await workspace.updateComplete;
    expect(scrollsSideways(), 'sideways scrolling at 320 px').to.equal(false);
    await expectNoAxeViolations(workspace);

    choose(choice, 'tr');
    await waitUntil(() => rootElement.lang === 'tr', 'Turkish did not arrive', {
      timeout: 10_000,
    });
    await workspace.updateComplete;
    expect(rootElement.dir).to.equal('ltr');
    expect(heading(workspace, 'h1')).to.equal('Vangnet çalışma alanı');
    expect(heading(workspace, '#queue-title')).to.equal('Başvurular');

    choose(choice, 'pl');
    await waitUntil(() => rootElement.lang === 'pl', 'Polish did not arrive', {
      timeout: 10_000,
    });
    await workspace.updateComplete;
    expect(heading(workspace, 'h1')).to.equal('Miejsce pracy Vangnet');
    expect(heading(workspace, '#queue-title')).to.equal('Zgłoszenia');
    expect(scrollsSideways(), 'sideways scrolling at 320 px').to.equal(false);

    choose(choice, 'nl');
    await workspace.updateComplete;
    expect(rootElement.lang).to.equal('nl');
    expect(heading(workspace, '#queue-title')).to.equal('Aanmeldingen');
  });

  it("a casemanager's agenda in Arabic: the section speaks it too", async () => {
    document.documentElement.lang = 'nl';
    const workspace = await signedIn('casemanager-jongerenpunt070');
    choose(labelled<HTMLSelectElement>(workspace, 'Taal'), 'ar');
    const section = () => root(workspace).querySelector<HTMLElement>('.section')!;
    await waitUntil(() => section().lang === 'ar', 'the agenda is not in Arabic', {
      timeout: 10_000,
    });
    await waitUntil(() => heading(section(), 'h2') === 'المواعيد', 'no Arabic agenda title', {
      timeout: 10_000,
    });
    expect(tabs(workspace)).to.include('المواعيد');
    expect(tabs(workspace)).to.include('طلبات الاتصال');
    await waitUntil(() => root(section()).querySelector('table, .appointments, p'), 'no day', {
      timeout: 10_000,
    });
    await expectNoAxeViolations(workspace);
  });

  it('opens in Arabic on a page in Arabic, from the sign-in on', async () => {
    document.documentElement.lang = 'ar';
    const workspace = await fixture<VangnetStaffWorkspace>(
      html`<vangnet-staff-workspace partner-key=${demoPartnerKey}></vangnet-staff-workspace>`,
    );
    await waitUntil(() => heading(workspace, '#signin-title') === 'تسجيل الدخول', 'not Arabic', {
      timeout: 10_000,
    });
    const rootElement = root(workspace).querySelector<HTMLElement>('.root')!;
    expect(rootElement.dir).to.equal('rtl');
    expect(labelled<HTMLSelectElement>(workspace, 'اللغة').value).to.equal('ar');
    await waitUntil(() => root(workspace).querySelector('#user'), 'no sign-in', {
      timeout: 10_000,
    });
    await expectNoAxeViolations(workspace);
  });

  it('the built page at /staff/ fetches the Arabic chunk only when chosen, under its policy', async () => {
    // Needs `npm run build -w @vangnet/staff` first, like staff-page.test.ts.
    const opened = window.open('/staff/', 'workspace-languages', 'popup,width=800,height=640');
    if (!opened) throw new Error('The browser did not open a window.');
    const violations: string[] = [];
    opened.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
    const chunks = () =>
      opened.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /^\/staff\/(ar|tr|pl)-\w+\.js$/.test(path));
    const shadow = () => opened.document?.querySelector('vangnet-staff-workspace')?.shadowRoot;
    try {
      await waitUntil(() => shadow()?.querySelector('#user'), 'no sign-in', { timeout: 15_000 });
      expect(chunks(), 'Dutch fetches no language chunk').to.deep.equal([]);
      const choice = shadow()!.querySelector<HTMLSelectElement>('#language')!;
      choice.value = 'ar';
      choice.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(
        () => shadow()?.querySelector('#signin-title')?.textContent?.trim() === 'تسجيل الدخول',
        'the built page did not switch to Arabic',
        { timeout: 15_000 },
      );
      expect(chunks()).to.have.length(1);
      expect(chunks()[0]).to.match(/^\/staff\/ar-/);
      expect(shadow()!.querySelector('.root')?.getAttribute('dir')).to.equal('rtl');
      expect(violations).to.deep.equal([]);
    } finally {
      opened.close();
    }
  });
});
