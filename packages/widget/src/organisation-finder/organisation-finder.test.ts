import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { captureConsole } from '../core/testing/test-support.ts';
import '../provider/define.ts';
import { expectNoAxeViolations } from '../test-utils/axe.ts';
import {
  deepActiveElement,
  labelled,
  named,
  press,
  tabTo,
  type as typeKeys,
} from '../test-utils/keyboard.ts';
import type { LitElement } from 'lit';
import {
  demoCatalog,
  demoOrganisations,
  demoPartnerKey,
  generateOrganisations,
} from '@vangnet/api-mock';
import { createOrganisationIndex, type Organisation } from '@vangnet/sdk';
import {
  button,
  control,
  countText,
  emptyState,
  liveRegion,
  startMock,
  renderFinder,
  resultNames,
  serveOrganisations,
} from './finder-fixture.ts';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
const aToZ = (list: readonly Organisation[]) =>
  list.map((organisation) => organisation.name).sort(collator.compare);

async function type(input: HTMLInputElement, text: string) {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await ((input.getRootNode() as ShadowRoot).host as LitElement).updateComplete;
}

async function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await ((select.getRootNode() as ShadowRoot).host as LitElement).updateComplete;
}

afterEach(async () => (await startMock()).reset());

describe('<vangnet-organisation-finder>', () => {
  it('lists every organisation A–Z before any input', async () => {
    const finder = await renderFinder();
    expect(resultNames(finder)).to.deep.equal(aToZ(demoOrganisations).slice(0, 20));
    expect(countText(finder)).to.equal(`${demoOrganisations.length} organisaties, van A tot Z`);
  });

  it('finds by name without accents and by theme label, case-insensitively', async () => {
    const finder = await renderFinder();
    const words = control<HTMLInputElement>(finder, 'Zoek een organisatie');
    await type(words, 'educe');
    expect(resultNames(finder)).to.deep.equal(['Educé']);
    await type(words, 'ANGST');
    const anxious = demoOrganisations.filter((organisation) =>
      organisation.themes.includes('angstklachten'),
    );
    expect(resultNames(finder)).to.include.members(aToZ(anxious));
    expect(countText(finder)).to.match(/organisaties? gevonden$/);
  });

  it('announces the count politely once typing pauses, from a region that was there from the start', async () => {
    const finder = await renderFinder();
    const region = liveRegion(finder);
    expect(region.textContent?.trim()).to.equal('');
    await type(control(finder, 'Zoek een organisatie'), 'educe');
    await waitUntil(() => region.textContent?.trim() === '1 organisatie gevonden');
    expect(liveRegion(finder)).to.equal(region);
  });

  it('keeps the search through a switch to English, and reads out no count in Dutch after it', async () => {
    const finder = await renderFinder();
    await type(control(finder, 'Zoek een organisatie'), 'educe');
    finder.setAttribute('lang', 'en');
    await finder.updateComplete;
    // Longer than the pause after which a count is read out.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(liveRegion(finder).textContent).not.to.include('gevonden');
    expect(countText(finder)).to.equal('1 organisation found');
    expect(resultNames(finder)).to.deep.equal(['Educé']);
    expect(control<HTMLInputElement>(finder, 'Search for an organisation').value).to.equal('educe');
  });

  for (const [label, name, value, field] of [
    ['Gemeente', 'municipality', 'westland', 'municipalities'],
    ['Onderwerp', 'theme', 'schoolverzuim', 'themes'],
    ['Soort hulp', 'service', 'absenteeism', 'services'],
    ['Vorm van coaching', 'coachingForm', 'plusmaatje', 'coachingForms'],
    ['Voor wie', 'audience', 'po', 'audiences'],
  ] as const) {
    const matches = (organisation: Organisation) =>
      (organisation[field] as readonly string[]).includes(value);
    it(`filters by ${name}`, async () => {
      const finder = await renderFinder();
      await choose(control(finder, label), value);
      const expected = aToZ(demoOrganisations.filter(matches));
      expect(expected.length).to.be.greaterThan(0);
      expect(resultNames(finder)).to.deep.equal(expected.slice(0, 20));
    });
  }

  it('combines filters and words', async () => {
    const finder = await renderFinder();
    await choose(control(finder, 'Gemeente'), 'den-haag');
    await choose(control(finder, 'Voor wie'), 'mbo');
    await type(control(finder, 'Zoek een organisatie'), 'motiv');
    const expected = aToZ(
      demoOrganisations.filter(
        (o) =>
          o.municipalities.includes('den-haag') &&
          o.audiences.includes('mbo') &&
          o.themes.includes('motivatie'),
      ),
    );
    expect(expected.length).to.be.greaterThan(0);
    expect(resultNames(finder)).to.include.members(expected);
    for (const name of resultNames(finder)) {
      const organisation = demoOrganisations.find((o) => o.name === name)!;
      expect(organisation.municipalities).to.include('den-haag');
      expect(organisation.audiences).to.include('mbo');
    }
  });

  it('says nothing was found and suggests the filter to drop', async () => {
    const finder = await renderFinder();
    await type(control(finder, 'Zoek een organisatie'), 'educe');
    await choose(control(finder, 'Gemeente'), 'westland');
    expect(resultNames(finder)).to.deep.equal([]);
    await waitUntil(() => emptyState(finder)?.querySelector('li'), 'no suggestion');
    expect(emptyState(finder)!.textContent).to.include('Geen organisatie past bij je keuze');
    expect(emptyState(finder)!.textContent).to.include(
      'Zonder het filter "Gemeente: Westland" is er 1 organisatie.',
    );
    button(finder, 'Haal filter "Gemeente" weg').click();
    await finder.updateComplete;
    expect(resultNames(finder)).to.deep.equal(['Educé']);
    expect(finder.shadowRoot!.activeElement).to.equal(control(finder, 'Gemeente'));
  });

  it('shows the details with safe contact links and comes back to the same result', async () => {
    const finder = await renderFinder();
    await type(control(finder, 'Zoek een organisatie'), 'educe');
    button(finder, 'Educé').click();
    await finder.updateComplete;
    const root = finder.shadowRoot!;
    const detail = root.querySelector('[part~="detail"]')!;
    expect(root.activeElement?.textContent?.trim()).to.equal('Educé');
    const educe = demoOrganisations.find((o) => o.id === 'educe')!;
    expect(detail.textContent).to.include(educe.description);
    const links = [...detail.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal([
      'https://educe.example.org/',
      'tel:+31700000103',
      'mailto:coaching@educe.example.org',
    ]);
    button(finder, 'Terug naar de lijst').click();
    await finder.updateComplete;
    expect(root.activeElement?.textContent?.trim()).to.equal('Educé');
    expect(control<HTMLInputElement>(finder, 'Zoek een organisatie').value).to.equal('educe');
  });

  it('hands the chosen organisation to the page with id and name only', async () => {
    const finder = await renderFinder();
    button(finder, 'Educé').click();
    await finder.updateComplete;
    const selected = oneEvent(document, 'vangnet-organisation-selected');
    button(finder, 'Verwijs naar deze organisatie').click();
    const event = (await selected) as CustomEvent;
    expect(event.detail).to.deep.equal({ organisationId: 'educe', organisationName: 'Educé' });
    await finder.updateComplete;
    expect(finder.shadowRoot!.textContent).to.include('Je hebt Educé gekozen.');
  });

  it('presets filters from attributes for a page about one slice', async () => {
    const finder = await renderFinder({
      attributes: { municipality: 'westland', service: 'absenteeism' },
    });
    await waitUntil(() => control<HTMLSelectElement>(finder, 'Gemeente').value === 'westland');
    const expected = aToZ(
      demoOrganisations.filter(
        (o) => o.municipalities.includes('westland') && o.services.includes('absenteeism'),
      ),
    );
    await waitUntil(() => resultNames(finder).join() === expected.join(), 'presets not applied');
    expect(control<HTMLSelectElement>(finder, 'Soort hulp').value).to.equal('absenteeism');
  });

  it('names a preset the catalog does not know, once, and keeps the page’s fallback visible', async () => {
    await startMock();
    const console = captureConsole();
    try {
      const reported = oneEvent(document, 'vangnet-error');
      const finder = await fixture<HTMLElement>(
        html`<vangnet-organisation-finder
          api=${location.origin}
          partner-key=${demoPartnerKey}
          municipality="atlantis"
          ><a href="https://example.org/sociale-kaart"
            >De sociale kaart</a
          ></vangnet-organisation-finder
        >`,
      );
      expect((await reported).detail).to.deep.equal({
        component: 'organisation-finder',
        kind: 'configuration',
        attribute: 'municipality',
      });
      await waitUntil(() => finder.shadowRoot!.querySelector('[part~="problem"]'), 'no problem');
      expect(finder.shadowRoot!.querySelector('[part~="problem"]')!.textContent).to.include(
        'municipality',
      );
      const slot = finder.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((element) => element.textContent)).to.deep.equal([
        'De sociale kaart',
      ]);
      expect(console.errors).to.have.length(1);
    } finally {
      console.restore();
    }
  });

  it('works inside a <vangnet-provider> without attributes of its own', async () => {
    await startMock();
    const provider = await fixture<HTMLElement>(
      html`<vangnet-provider api=${location.origin} partner-key=${demoPartnerKey}
        ><vangnet-organisation-finder></vangnet-organisation-finder
      ></vangnet-provider>`,
    );
    const finder = provider.querySelector('vangnet-organisation-finder')!;
    await waitUntil(() => resultNames(finder).length > 0, 'no results', { timeout: 10_000 });
    expect(resultNames(finder)).to.deep.equal(aToZ(demoOrganisations).slice(0, 20));
  });

  it('speaks the language of its <vangnet-provider>, also when the provider switches', async () => {
    await startMock();
    const provider = await fixture<HTMLElement>(
      html`<vangnet-provider api=${location.origin} partner-key=${demoPartnerKey} lang="en"
        ><vangnet-organisation-finder></vangnet-organisation-finder
      ></vangnet-provider>`,
    );
    const finder = provider.querySelector('vangnet-organisation-finder')!;
    await waitUntil(() => resultNames(finder).length > 0, 'no results', { timeout: 10_000 });
    expect(countText(finder)).to.equal(`${demoOrganisations.length} organisations, A to Z`);
    provider.setAttribute('lang', 'nl');
    await waitUntil(() => countText(finder).includes('organisaties'), 'still in English');
    expect(control(finder, 'Zoek een organisatie').tagName).to.equal('INPUT');
  });

  it('shows 20 at a time and moves focus to the first new result on "Meer tonen"', async () => {
    const many = Array.from({ length: 45 }, (_, n) => ({
      ...demoOrganisations[0]!,
      id: `org-${String(n).padStart(2, '0')}`,
      name: `Organisatie ${n + 1}`,
    }));
    await serveOrganisations(many);
    const finder = await renderFinder();
    expect(resultNames(finder)).to.have.length(20);
    expect(finder.shadowRoot!.textContent).to.include('Je ziet er 20 van de 45.');
    button(finder, 'Meer tonen').click();
    await finder.updateComplete;
    expect(resultNames(finder)).to.have.length(40);
    expect(finder.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Organisatie 21');
  });

  it('keeps its results in a named region of fixed height that keyboard users can scroll', async () => {
    await serveOrganisations(generateOrganisations(45));
    const finder = await renderFinder();
    const region = finder.shadowRoot!.querySelector<HTMLElement>('[role="region"]')!;
    expect(region.getAttribute('aria-label')).to.equal('Gevonden organisaties');
    expect(region.tabIndex, 'reachable with Tab').to.equal(0);
    expect(region.scrollHeight, 'the list scrolls inside it').to.be.greaterThan(
      region.clientHeight,
    );
    expect(region.contains(button(finder, 'Meer tonen'))).to.equal(true);
    const height = finder.getBoundingClientRect().height;
    await type(control(finder, 'Zoek een organisatie'), 'zzzz');
    expect(emptyState(finder)).to.not.equal(null);
    expect(finder.getBoundingClientRect().height, 'the same size with no results').to.equal(height);
  });

  it('above 10,000 organisations searches through the API, debounced, without loading everything', async () => {
    performance.clearResourceTimings();
    const many = generateOrganisations(10_001);
    await serveOrganisations(many);
    const finder = await renderFinder();
    expect(countText(finder)).to.equal('10.001 organisaties, van A tot Z');
    const words = control<HTMLInputElement>(finder, 'Zoek een organisatie');
    for (const typed of ['b', 'br', 'bru', 'brug']) await type(words, typed);
    await waitUntil(() => countText(finder).endsWith('gevonden'), 'no search answer', {
      timeout: 10_000,
    });
    const expected = createOrganisationIndex(many, { themes: demoCatalog.themes }).search({
      q: 'brug',
    });
    expect(countText(finder)).to.equal(
      `${new Intl.NumberFormat('nl-NL').format(expected.length)} organisaties gevonden`,
    );
    expect(resultNames(finder)).to.deep.equal(expected.slice(0, 20).map((o) => o.name));
    const requests = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.pathname.endsWith('/v1/organisations'));
    // One first page of 1000, no further pages, and one search for the words typed in one go.
    expect(requests.filter((url) => url.searchParams.get('limit') === '1000')).to.have.length(1);
    expect(requests.map((url) => url.searchParams.get('q')).filter(Boolean)).to.deep.equal([
      'brug',
    ]);
    // "Meer tonen" past the first API page fetches the next one, with its cursor.
    for (let shown = 20; shown < 80; shown += 20) {
      button(finder, 'Meer tonen').click();
      await waitUntil(() => resultNames(finder).length === shown + 20, `not ${shown + 20} shown`);
    }
    expect(resultNames(finder)).to.deep.equal(expected.slice(0, 80).map((o) => o.name));
  });

  it('above 10,000 organisations never lets a slow, stale answer replace a newer one', async () => {
    const mock = await startMock();
    await serveOrganisations(generateOrganisations(10_001));
    const finder = await renderFinder();
    const words = control<HTMLInputElement>(finder, 'Zoek een organisatie');
    // The search for "brug" is slow: it is under way when the words change, and would answer last.
    mock.scenarios.latency(900);
    await type(words, 'brug');
    await new Promise((resolve) => setTimeout(resolve, 350));
    mock.scenarios.latency(0);
    await type(words, 'qqqq');
    await waitUntil(() => emptyState(finder), 'no empty state', { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(countText(finder)).to.equal('Geen organisaties gevonden');
    expect(resultNames(finder)).to.deep.equal([]);
  });

  it('says when the organisations cannot be loaded, shows the page’s fallback, and retries', async () => {
    const mock = await startMock();
    mock.scenarios.failRoute({ path: '/v1/organisations', status: 500, type: 'server-error' });
    const finder = await fixture<HTMLElement>(
      html`<vangnet-organisation-finder api=${location.origin} partner-key=${demoPartnerKey}
        ><a href="https://example.org/sociale-kaart"
          >De sociale kaart</a
        ></vangnet-organisation-finder
      >`,
    );
    const problem = () => finder.shadowRoot!.querySelector('[part~="problem"]');
    const reported = oneEvent(document, 'vangnet-error');
    await waitUntil(problem, 'no problem shown', { timeout: 10_000 });
    expect((await reported).detail).to.deep.equal({
      component: 'organisation-finder',
      kind: 'unreachable',
      code: 'server-error',
    });
    expect(problem()!.textContent).to.include('Er ging iets mis bij ons.');
    expect(problem()!.getAttribute('role')).to.equal('alert');
    expect(problem()!.textContent).to.include('De lijst met organisaties kon niet worden geladen.');
    const slot = problem()!.querySelector('slot')!;
    expect(slot.assignedElements().map((element) => element.textContent)).to.deep.equal([
      'De sociale kaart',
    ]);
    mock.scenarios.clear();
    button(finder, 'Opnieuw proberen').click();
    await waitUntil(() => resultNames(finder).length > 0, 'no results after retry', {
      timeout: 10_000,
    });
  });

  it('goes back from the details with Escape', async () => {
    const finder = await renderFinder();
    button(finder, 'Educé').click();
    await finder.updateComplete;
    await press('Escape');
    await finder.updateComplete;
    expect(finder.shadowRoot!.querySelector('[part~="detail"]')).to.equal(null);
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Educé');
  });

  it('finishes loading when it is moved in the page while loading', async () => {
    const mock = await startMock();
    mock.scenarios.latency(300);
    const finder = await fixture<HTMLElement>(
      html`<vangnet-organisation-finder
        api=${location.origin}
        partner-key=${demoPartnerKey}
      ></vangnet-organisation-finder>`,
    );
    await waitUntil(() => finder.shadowRoot!.querySelector('.placeholder'), 'no placeholders');
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(finder);
    await waitUntil(() => resultNames(finder).length > 0, 'never loaded', { timeout: 10_000 });
    expect(resultNames(finder)).to.deep.equal(aToZ(demoOrganisations).slice(0, 20));
    elsewhere.remove();
  });

  it('renders markup in organisation data as inert text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    await serveOrganisations([
      {
        ...demoOrganisations[0]!,
        name: `Evil ${payload}`,
        summary: `<script>window.__pwned=1</script>`,
        description: payload,
      },
    ]);
    const finder = await renderFinder();
    expect(resultNames(finder)).to.deep.equal([`Evil ${payload}`]);
    button(finder, /^Evil/).click();
    await finder.updateComplete;
    expect(finder.shadowRoot!.querySelector('img, script:not([type])')).to.equal(null);
    expect(finder.shadowRoot!.textContent).to.include(payload);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('is usable with the keyboard alone: search, filter, open, refer and go back', async () => {
    const finder = await renderFinder();
    await tabTo(labelled('Zoek een organisatie'));
    await typeKeys('educe');
    await finder.updateComplete;
    expect(resultNames(finder)).to.deep.equal(['Educé']);
    await tabTo(labelled('Voor wie'));
    await press('ArrowDown');
    await finder.updateComplete;
    expect(control<HTMLSelectElement>(finder, 'Voor wie').value).to.equal('po');
    expect(resultNames(finder)).to.deep.equal([]);
    await press('ArrowUp');
    await finder.updateComplete;
    expect(resultNames(finder)).to.deep.equal(['Educé']);
    await tabTo(named('Educé'));
    await press('Enter');
    await finder.updateComplete;
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Educé');
    const selected = oneEvent(document, 'vangnet-organisation-selected');
    await tabTo(named('Verwijs naar deze organisatie'));
    await press('Enter');
    expect((await selected).detail.organisationId).to.equal('educe');
    await tabTo(named('Terug naar de lijst'), 40);
    await press('Enter');
    await finder.updateComplete;
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Educé');
  });

  it('has no axe violations in the list, the empty state and the details', async () => {
    const finder = await renderFinder();
    await expectNoAxeViolations(finder);
    await type(control(finder, 'Zoek een organisatie'), 'zzzz');
    await expectNoAxeViolations(finder);
    await type(control(finder, 'Zoek een organisatie'), 'educe');
    button(finder, 'Educé').click();
    await finder.updateComplete;
    await expectNoAxeViolations(finder);
  });

  // The page's <html lang> decides, for the whole test (the finder follows a change back at once);
  // Arabic, Turkish and Polish arrive a moment after Dutch.
  const pageLang = document.documentElement.lang;
  afterEach(() => void (document.documentElement.lang = pageLang));
  async function renderOnPage(lang: string, label: string) {
    document.documentElement.lang = lang;
    const finder = await renderFinder();
    await waitUntil(() => root(finder).querySelector('label')?.textContent?.trim() === label);
    return finder;
  }
  const root = (finder: HTMLElement) => finder.shadowRoot!;
  const shownRoot = (finder: HTMLElement) => root(finder).querySelector<HTMLElement>('.root')!;

  for (const [lang, label, count] of [
    ['en', 'Search for an organisation', `${demoOrganisations.length} organisations, A to Z`],
    ['tr', 'Bir kurum arayın', `${demoOrganisations.length} kurum, A’dan Z’ye`],
    ['pl', 'Szukaj organizacji', /^\d+ organizacj[ei], od A do Z$/],
  ] as const) {
    it(`speaks ${lang} on a ${lang} page, left to right`, async () => {
      const finder = await renderOnPage(lang, label);
      expect(control(finder, label).tagName).to.equal('INPUT');
      if (typeof count === 'string') expect(countText(finder)).to.equal(count);
      else expect(countText(finder)).to.match(count);
      expect([shownRoot(finder).lang, shownRoot(finder).dir]).to.deep.equal([lang, 'ltr']);
    });
  }

  it('speaks Arabic right to left on an Arabic page, axe-clean in the list, the empty state and the details', async () => {
    const finder = await renderOnPage('ar', 'ابحث عن مؤسسة');
    const search = control<HTMLInputElement>(finder, 'ابحث عن مؤسسة');
    expect(search.tagName).to.equal('INPUT');
    expect(countText(finder)).to.equal(`${demoOrganisations.length} مؤسسة، بالترتيب الأبجدي`);
    expect(root(finder).querySelector('[role="search"], form')?.textContent).to.include(
      'كل البلديات',
    );
    expect([shownRoot(finder).lang, shownRoot(finder).dir]).to.deep.equal(['ar', 'rtl']);
    expect(getComputedStyle(shownRoot(finder)).direction).to.equal('rtl');
    await expectNoAxeViolations(finder);

    await type(search, 'zzzz');
    expect(emptyState(finder)?.textContent).to.include('لا توجد مؤسسة تناسب اختيارك');
    expect(emptyState(finder)?.textContent).to.include('جرّب كلمة بحث أخرى أو أقصر.');
    await expectNoAxeViolations(finder);

    await type(search, 'educe');
    button(finder, 'Educé').click();
    await finder.updateComplete;
    expect(root(finder).querySelector('[role="heading"]')?.textContent?.trim()).to.equal('Educé');
    expect(root(finder).textContent).to.include('ماذا تفعل Educé؟');
    expect(button(finder, 'العودة إلى القائمة').tagName).to.equal('BUTTON');
    await expectNoAxeViolations(finder);
  });
});
