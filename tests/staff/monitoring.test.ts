// A coordinator opens Cijfers after a school sent a referral: the month's counts are in the
// table, the chart has a bar per month and the target line, and its text alternative names the
// total against 350; the CSV comes as a blob: download with the API's header. Against the real
// server (PGlite, development sign-in); axe in every state.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createClient, type MonitoringRow } from '@vangnet/sdk';
import { demoPartnerKey } from '@vangnet/api-core';
import { expectNoAxeViolations } from '../../packages/widget/src/test-utils/axe.ts';
import { amsterdamMonth } from '../../packages/staff/src/sections/monitoring/monitoring-data.ts';
import { referral } from '../conformance/support/calls.ts';
import {
  button,
  choose,
  devToken,
  labelled,
  openTab,
  press,
  root,
  scrollsSideways,
  signedIn,
  tabs,
} from './support/workspace-ui.ts';

const csvHeader =
  'month,service,municipality,received,matched,inCoaching,closed,goalReached,startkwalificatie,declined,moved,specialistHelp';

/** Pluscoaching referrals received this month so far, as the staff API counts them. */
async function receivedThisMonth(month: string): Promise<number> {
  const token = await devToken('coordinator-pluscoaching');
  const answer = await fetch(`/v1/staff/monitoring?from=${month}&to=${month}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const { rows } = (await answer.json()) as { rows: MonitoringRow[] };
  return rows.reduce((sum, row) => sum + row.received, 0);
}

describe('staff workspace: monitoring (Cijfers)', () => {
  afterEach(async () => {
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
  });

  it('counts a new referral in its month, charts it against 350 and downloads the CSV', async () => {
    const now = amsterdamMonth(new Date());
    const month = `${now.year}-${String(now.month).padStart(2, '0')}`;
    const before = await receivedThisMonth(month);
    const client = createClient({ baseUrl: location.origin, partnerKey: demoPartnerKey });
    await client.referrals.create(
      referral(`${now.year - 16}-01-15`, {
        consents: [{ party: 'young-person', method: 'in-person', date: '2026-01-05' }],
      }),
    );

    const workspace = await signedIn('coordinator-pluscoaching');
    expect(tabs(workspace)).to.include('Cijfers');
    const section = await openTab(workspace, 'Cijfers');
    await waitUntil(() => root(section).querySelector('table'), 'no table', { timeout: 10_000 });
    expect(root(section).activeElement?.textContent).to.equal('Cijfers');

    // The table: a row per month of this year up to now, the month's received count in it.
    const rows = root(section).querySelectorAll('tbody tr');
    expect(rows.length).to.equal(now.month);
    const headers = [...root(section).querySelectorAll('thead th')].map((th) =>
      th.textContent?.trim(),
    );
    const received = headers.indexOf('Ontvangen');
    expect(received).to.be.greaterThan(0);
    const cells = root(section).querySelector(`tr[data-month="${month}"]`)!.children;
    expect(Number(cells[received]?.textContent)).to.be.at.least(before + 1);
    const soFar = Number(cells[headers.indexOf('Pluscoaching opgeteld')]?.textContent);
    expect(soFar).to.be.at.least(before + 1);
    expect(Number(cells[headers.indexOf('Doel naar rato')]?.textContent)).to.equal(
      Math.round((350 * now.month) / 12),
    );

    // The chart: one bar per month and the target line, named by the sentence beside it.
    const chart = root(section).querySelector('svg.chart')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.querySelectorAll('rect.bar').length).to.equal(now.month);
    expect(chart.querySelector('polyline.target')).to.not.equal(null);
    const name = root(section).getElementById(chart.getAttribute('aria-labelledby')!);
    expect(name?.textContent).to.contain(`${soFar} aanmeldingen voor Pluscoaching`);
    expect(name?.textContent).to.contain('tegen het doel van 350 per jaar');
    // The tallest bar is this month's: the count only grows through the year.
    const heights = [...chart.querySelectorAll('rect.bar')].map((bar) =>
      Number(bar.getAttribute('height')),
    );
    expect(Math.max(...heights)).to.equal(heights.at(-1));
    await expectNoAxeViolations(section);

    // The CSV: fetched with the token in a header, offered as a blob: link.
    await press(button(section, 'CSV-bestand maken'), 'Enter');
    await waitUntil(() => root(section).querySelector('#csv-link'), 'no download link', {
      timeout: 10_000,
    });
    const link = root(section).querySelector<HTMLAnchorElement>('#csv-link')!;
    expect(root(section).activeElement).to.equal(link);
    expect(link.href).to.match(/^blob:/);
    expect(link.download).to.equal(`vangnet-monitoring-${now.year}.csv`);
    const csv = await (await fetch(link.href)).text();
    expect(csv.split('\r\n')[0]).to.equal(csvHeader);
    expect(csv).to.contain(`${month},pluscoaching,delft,`);
    expect(root(section).querySelector('[role="status"]')?.textContent).to.contain(
      `Het CSV-bestand vangnet-monitoring-${now.year}.csv staat klaar.`,
    );
    await expectNoAxeViolations(section);
  });

  it('a past year has twelve months; at 320 px nothing scrolls sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const now = amsterdamMonth(new Date());
    const workspace = await signedIn('admin');
    const section = await openTab(workspace, 'Cijfers');
    await waitUntil(() => root(section).querySelector('table'), 'no table', { timeout: 10_000 });
    choose(labelled(section, 'Jaar'), String(now.year - 1));
    await waitUntil(
      () =>
        root(section)
          .querySelector('caption')
          ?.textContent?.includes(String(now.year - 1)),
      'the year did not change',
      { timeout: 10_000 },
    );
    expect(root(section).querySelectorAll('tbody tr').length).to.equal(12);
    expect(root(section).querySelectorAll('svg.chart rect.bar').length).to.equal(12);
    expect(scrollsSideways(), 'sideways scrolling at 320 px').to.equal(false);
    await expectNoAxeViolations(section);

    // Another service: the table stays, the 350 target is Pluscoaching's and the chart goes.
    choose(labelled(section, 'Soort hulp'), 'absenteeism');
    await waitUntil(
      () => root(section).textContent?.includes('geldt voor Pluscoaching'),
      'the chart stayed',
      { timeout: 10_000 },
    );
    expect(root(section).querySelector('svg.chart')).to.equal(null);
    expect(root(section).querySelector('table')).to.not.equal(null);
    await expectNoAxeViolations(section);
  });

  it('an absenteeism coordinator sees their counts without the Pluscoaching target', async () => {
    const workspace = await signedIn('coordinator-westland');
    const section = await openTab(workspace, 'Cijfers');
    await waitUntil(() => root(section).querySelector('table'), 'no table', { timeout: 10_000 });
    expect(root(section).querySelector('svg.chart')).to.equal(null);
    expect(root(section).textContent).not.to.contain('350');
    expect(labelled.bind(null, section, 'Soort hulp')).to.throw();
  });
});
