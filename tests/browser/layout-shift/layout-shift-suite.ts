// The embed snippet's promise, per component and page width: from before the element is defined
// until it shows its first view with data, nothing on the host page moves (CLS 0). One test file
// per width, because an element can be undefined only once per page.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { demoPartnerKey, generateOrganisations } from '@vangnet/api-mock';
import { forgetClients } from '../../../packages/widget/src/core/index.ts';
import { mock, startMock } from '../../../packages/widget/src/core/testing/mock.ts';
import {
  bringToFront,
  measureLayoutShift,
  nextFrames,
} from '../../../packages/widget/src/core/testing/test-support.ts';
import { cssIn } from './embed-snippet.ts';

/** The guide webmasters copy the snippet from. */
export const GUIDE = '/docs/guides/getting-started.md';

/** The finder's largest local network, as on the benchmark's page: loading it takes seconds. */
const MANY = 10_000;

interface Component {
  readonly tag: string;
  /** Attributes that make the first view another one. */
  readonly attributes?: Readonly<Record<string, string>>;
  readonly define: () => Promise<unknown>;
  /** Whether the first view, with its data, is there. */
  readonly ready: (root: ShadowRoot) => boolean;
}

const components: readonly Component[] = [
  {
    tag: 'vangnet-referral-form',
    define: () => import('@vangnet/widget/referral-form'),
    ready: (root) => root.querySelector('form') !== null,
  },
  {
    tag: 'vangnet-booking-form',
    define: () => import('@vangnet/widget/booking-form'),
    ready: (root) => root.querySelector('input') !== null,
  },
  {
    tag: 'vangnet-organisation-finder',
    define: () => import('@vangnet/widget/organisation-finder'),
    // The results and their count, not the grey cards that stand in for them while loading.
    ready: (root) =>
      root.querySelector('[part~="result-button"]') !== null &&
      /\d/.test(root.querySelector('[part~="count"]')?.textContent ?? ''),
  },
];

/** The referral form that starts at the referrer's details: only its own reservation is tested. */
const referrerFirst: Component = {
  ...components[0]!,
  attributes: { service: 'pluscoaching', municipality: 'delft' },
};

/** A host page: a heading, the element and text below it, which must not move. */
function hostPage({ tag, attributes = {} }: Component) {
  const page = fixtureSync(
    html`<main>
      <h1>Pagina</h1>
      <div id="here"></div>
      <p id="below">Tekst onder het onderdeel.</p>
    </main>`,
  );
  const element = document.createElement(tag);
  element.setAttribute('api', location.origin);
  element.setAttribute('partner-key', demoPartnerKey);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = '<a href="/contact">Contact</a>';
  page.querySelector('#here')!.append(element);
  return { page, element };
}

/**
 * Measures from `start` (which puts the host page up, or defines the element) until the first
 * view is there; the text below must not move.
 */
async function expectNoShift(
  { ready }: Component,
  start: () => Promise<ReturnType<typeof hostPage>>,
) {
  let host: ReturnType<typeof hostPage> | undefined;
  const shift = await measureLayoutShift(async () => {
    host = await start();
    const { element } = host;
    await waitUntil(() => element.shadowRoot && ready(element.shadowRoot), 'not ready', {
      timeout: 15_000,
    });
  });
  const below = host!.page.querySelector('#below')!.getBoundingClientRect();
  // Shifts of what is off screen do not count: the text below must be in view to prove anything.
  expect(below.bottom, 'the text below is on screen').to.be.lessThan(innerHeight);
  expect(shift).to.equal(0);
}

/** The layout-shift tests of every component on a page `width` px wide. */
export function describeLayoutShift(width: number): void {
  describe(`layout shift of each component on a host page ${width} px wide`, () => {
    const snippet = document.createElement('style');
    before(async () => {
      await startMock();
      snippet.textContent = await cssIn(GUIDE);
      // Tall enough that the text below the component is on screen. Once: a resize moves things.
      await setViewport({ width, height: 2400 });
      await nextFrames(2);
    });
    beforeEach(async () => {
      await bringToFront();
      // Each test loads the catalog anew, so the component waits for data as on a fresh page.
      forgetClients();
    });
    afterEach(() => {
      snippet.remove();
      mock.reset();
    });

    for (const component of components) {
      const many = component.tag === 'vangnet-organisation-finder';
      it(`${component.tag}: CLS 0 from before definition, with the guide's snippet, to its first view${many ? ` of ${MANY.toLocaleString('en')} organisations` : ''}`, async () => {
        if (many) mock.store.organisations = generateOrganisations(MANY);
        document.head.append(snippet);
        const host = hostPage(component);
        await nextFrames(2);
        expect(customElements.get(component.tag), 'defined too early').to.equal(undefined);
        await expectNoShift(component, async () => {
          await component.define();
          return host;
        });
      });
    }

    // Without the snippet, defined already (its script ran before the page was painted): the
    // component's own reservation holds while it waits for the catalog and its data.
    for (const component of [...components, referrerFirst]) {
      const preset = Object.keys(component.attributes ?? {}).map((name) => `[${name}]`);
      it(`${component.tag}${preset.join('')}: CLS 0 with only its own reservation, while it waits for data`, async () => {
        await component.define();
        mock.scenarios.latency(300);
        await expectNoShift(component, async () => {
          const host = hostPage(component);
          await nextFrames(2);
          const root = host.element.shadowRoot!;
          expect(component.ready(root), 'painted while waiting').to.equal(false);
          return host;
        });
      });
    }
  });
}
