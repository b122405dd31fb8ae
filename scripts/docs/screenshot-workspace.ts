// `npm run docs:screenshots:workspace`: pictures of the staff workspace for the Dutch guide
// (docs/guides/nl/werkplek.md), at a desktop and a phone width, in headless Chromium, into
// docs/images/workspace-*.png. The server runs on PGlite in memory with the demo region and the
// development sign-in; a few fictional referrals, bookings and a call-back request are sent
// through the public API first, as partner sites send them. It signs in as the demo coordinator
// and the demo casemanager and pictures every section they have — a section that is still only a
// heading is pictured as it is. Needs the built workspace (the npm script builds it first).
import { existsSync, statSync } from 'node:fs';
import { demoPartnerKey } from '@vangnet/api-core';
import {
  createLogger,
  createVangnetServer,
  openPGlite,
  readConfig,
  staffDistDir,
} from '@vangnet/server';
import type { Page } from 'puppeteer-core';
import { launchChrome } from '../chrome-path.mjs';
import { imagesDir } from '../screenshot-session.mjs';

const widths = [1280, 360] as const;

if (!existsSync(`${staffDistDir}index.html`))
  throw new Error('The workspace is not built: run npm run build -w @vangnet/staff');

const server = await createVangnetServer({
  config: readConfig({
    PORT: '0',
    VANGNET_DEV_SIGNIN: '1',
    VANGNET_RATE_LIMIT_WRITES: '0',
    VANGNET_RATE_LIMIT_TOKENS: '0',
    VANGNET_RETENTION_INTERVAL_S: '0',
    VANGNET_LOG_LEVEL: 'warn',
  }),
  db: await openPGlite('memory://'),
  log: createLogger('error'),
});
const url = await server.listen();

let sent = 0;
/** A POST to the public API as a partner site sends it. */
async function post(path: string, body: unknown): Promise<Record<string, unknown>> {
  const answer = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${demoPartnerKey}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': `screenshots-${process.pid}-${++sent}`,
    },
    body: JSON.stringify(body),
  });
  if (!answer.ok) throw new Error(`${path}: ${answer.status} ${await answer.text()}`);
  return (await answer.json()) as Record<string, unknown>;
}

/** Today in Amsterdam, as the API counts days. */
const amsterdamDate = (date: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);

async function seed(): Promise<void> {
  const now = new Date();
  const bornIn = now.getFullYear() - 16;
  const referrals = [
    { givenName: 'Noor', familyName: 'Voorbeeld', municipality: 'delft', level: 'havo' },
    { givenName: 'Milan', familyName: 'Testman', municipality: 'den-haag', level: 'vwo' },
    { givenName: 'Sara', familyName: 'Demo', municipality: 'rijswijk', level: 'havo' },
  ];
  for (const person of referrals) {
    await post('/v1/referrals', {
      service: 'pluscoaching',
      municipality: person.municipality,
      referrer: {
        organisation: 'Voorbeeldcollege',
        name: 'Mentor Voorbeeld',
        role: 'mentor',
        email: 'mentor@example.org',
      },
      youngPerson: {
        givenName: person.givenName,
        familyName: person.familyName,
        dateOfBirth: `${bornIn}-03-14`,
        schoolType: 'vo',
        schoolLevel: person.level,
      },
      parent: { name: 'Ouder Voorbeeld', relationship: 'parent', phone: '06 00000000' },
      supportNeed: {
        reasons: ['motivatie'],
        description: 'Komt vaak te laat en haakt af in de les. Wil zelf graag hulp.',
      },
      consents: [
        { party: 'young-person', method: 'in-person', date: amsterdamDate(now) },
        { party: 'parent', method: 'phone', date: amsterdamDate(now) },
      ],
    });
  }
  // Two bookings at Jongerenpunt070 on the first day with free times, and a call-back request.
  const from = amsterdamDate(now);
  const to = amsterdamDate(new Date(now.getTime() + 14 * 86_400_000));
  const slots = (await (
    await fetch(`${url}/v1/slots?location=jongerenpunt070&from=${from}&to=${to}`, {
      headers: { Authorization: `Bearer ${demoPartnerKey}` },
    })
  ).json()) as { items: { id: string }[] };
  for (const [index, slot] of slots.items.slice(0, 2).entries()) {
    await post('/v1/appointments', {
      slotId: slot.id,
      topic: 'terug-naar-school',
      dateOfBirth: '2007-05-20',
      contact: {
        name: index === 0 ? 'Daan Voorbeeld' : 'Lina Test',
        email: `jongere${index}@example.org`,
        preferred: 'email',
      },
    });
  }
  await post('/v1/callback-requests', {
    location: 'jongerenpunt070',
    name: 'Yara Voorbeeld',
    phone: '06 00000001',
    preferredTimes: 'na 15:00',
  });
}

/** Runs in the page: the workspace's shadow root, and a section element's own if one is open. */
function workspaceText(): string {
  const root = document.querySelector('vangnet-staff-workspace')?.shadowRoot;
  const section = root?.querySelector('.section')?.shadowRoot;
  return `${root?.textContent ?? ''} ${section?.textContent ?? ''}`;
}

/** Waits until the workspace shows something other than "loading". */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    (text: string) => {
      const root = document.querySelector('vangnet-staff-workspace')?.shadowRoot;
      const section = root?.querySelector('.section')?.shadowRoot;
      const shown = `${root?.textContent ?? ''} ${section?.textContent ?? ''}`;
      return shown.trim().length > 0 && !shown.includes(text);
    },
    { timeout: 15_000 },
    'Bezig met laden',
  );
  await page.waitForNetworkIdle({ idleTime: 300 });
  // No focus ring in the picture: the guide shows the screen as it looks at rest.
  await page.evaluate(() => {
    const root = document.querySelector('vangnet-staff-workspace')?.shadowRoot;
    (root?.activeElement as HTMLElement | null)?.blur();
    const inner = root?.querySelector('.section')?.shadowRoot;
    (inner?.activeElement as HTMLElement | null)?.blur();
  });
}

async function shoot(page: Page, name: string, width: number): Promise<void> {
  const file = `${imagesDir}/workspace-${name}-${width}.png`;
  await page.screenshot({ path: file });
  console.log(`${file} ${Math.round(statSync(file).size / 1024)} kB`);
}

/** Signs in as `user` through the development sign-in, as a person does. */
async function signIn(page: Page, user: string): Promise<void> {
  await page.goto(`${url}/staff/`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(
    () => document.querySelector('vangnet-staff-workspace')?.shadowRoot?.querySelector('#user'),
    { timeout: 15_000 },
  );
  await page.evaluate((id: string) => {
    const root = document.querySelector('vangnet-staff-workspace')!.shadowRoot!;
    const select = root.querySelector<HTMLSelectElement>('#user')!;
    select.value = id;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  }, user);
  await page.waitForFunction(
    () =>
      /Uitloggen/.test(
        document.querySelector('vangnet-staff-workspace')?.shadowRoot?.textContent ?? '',
      ),
    { timeout: 15_000 },
  );
  await settled(page);
}

/** The navigation's tabs: their addresses' last part (`agenda`) or `referrals`. */
async function tabs(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...(document
        .querySelector('vangnet-staff-workspace')
        ?.shadowRoot?.querySelectorAll<HTMLAnchorElement>('nav a') ?? []),
    ].map((tab) => new URL(tab.href).pathname.replace(/^\/staff\/?/, '') || 'referrals'),
  );
}

async function openTab(page: Page, section: string): Promise<void> {
  await page.evaluate((name: string) => {
    const links = document
      .querySelector('vangnet-staff-workspace')
      ?.shadowRoot?.querySelectorAll<HTMLAnchorElement>('nav a');
    const wanted = name === 'referrals' ? '/staff/' : `/staff/${name}`;
    [...(links ?? [])].find((link) => new URL(link.href).pathname === wanted)?.click();
  }, section);
  await settled(page);
}

/** The agenda's "Openingstijden aanpassen" at a phone's `width`, opened and scrolled to its top. */
async function shootHoursEditor(page: Page, width: number): Promise<void> {
  // Each function runs in the page, so each finds the agenda's shadow root itself.
  await page.evaluate(() =>
    document
      .querySelector('vangnet-staff-workspace')
      ?.shadowRoot?.querySelector('vangnet-staff-agenda')
      ?.shadowRoot?.querySelector<HTMLButtonElement>('[data-edit-hours]')
      ?.click(),
  );
  await page.waitForFunction(
    () =>
      document
        .querySelector('vangnet-staff-workspace')
        ?.shadowRoot?.querySelector('vangnet-staff-agenda')
        ?.shadowRoot?.querySelector('.hours-editor'),
    { timeout: 15_000 },
  );
  await page.evaluate(() =>
    document
      .querySelector('vangnet-staff-workspace')
      ?.shadowRoot?.querySelector('vangnet-staff-agenda')
      ?.shadowRoot?.querySelector('#hours-title')
      ?.scrollIntoView({ block: 'start' }),
  );
  await settled(page);
  await shoot(page, 'hours', width);
  await page.evaluate(() => window.scrollTo(0, 0));
}

const browser = await launchChrome();
try {
  await seed();
  for (const width of widths) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: width > 600 ? 900 : 780, deviceScaleFactor: 1 });
    await page.goto(`${url}/staff/`, { waitUntil: 'networkidle0' });
    await settled(page);
    await shoot(page, 'signin', width);

    await signIn(page, 'coordinator-pluscoaching');
    for (const section of await tabs(page)) {
      await openTab(page, section);
      await shoot(page, section === 'referrals' ? 'queue' : section, width);
      if (section !== 'referrals') continue;
      // A referral in full, with the matching form: the oldest one in the queue.
      await page.evaluate(() =>
        document
          .querySelector('vangnet-staff-workspace')
          ?.shadowRoot?.querySelector<HTMLButtonElement>('[data-open]')
          ?.click(),
      );
      await page.waitForFunction(
        () =>
          document
            .querySelector('vangnet-staff-workspace')
            ?.shadowRoot?.querySelector('#match-title'),
        { timeout: 15_000 },
      );
      await settled(page);
      await shoot(page, 'referral', width);
      await page.evaluate(() =>
        document
          .querySelector('vangnet-staff-workspace')
          ?.shadowRoot?.querySelector<HTMLElement>('#match-title')
          ?.scrollIntoView({ block: 'start' }),
      );
      await shoot(page, 'matching', width);
      await page.evaluate(() => window.scrollTo(0, 0));
    }

    await signIn(page, 'casemanager-jongerenpunt070');
    for (const section of await tabs(page)) {
      await openTab(page, section);
      await shoot(page, section, width);
      // The hours editor once, on a phone: where casemanagers mostly change them.
      if (section === 'agenda' && width < 600) await shootHoursEditor(page, width);
    }
    if (!(await page.evaluate(workspaceText)).includes('Uitloggen'))
      throw new Error('The casemanager was signed out while taking the pictures.');
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
