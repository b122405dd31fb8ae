// Test support: the finder against the API mock in a service worker, with a fixed clock.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { Organisation } from '@vangnet/sdk';
import { demoPartnerKey } from '@vangnet/api-mock';
import { startMockWorker, type MockWorker } from '@vangnet/api-mock/browser';
import './define.ts';
import type { VangnetOrganisationFinder } from './organisation-finder.ts';

let started: Promise<MockWorker> | undefined;

/** The API mock in a service worker, started once per test file, at a fixed moment. */
export function startMock(): Promise<MockWorker> {
  started ??= startMockWorker({ now: '2026-03-02T09:00:00+01:00' });
  return started;
}

/** Replaces the organisations the mock serves until the next `mock.reset()`. */
export async function serveOrganisations(organisations: readonly Organisation[]): Promise<void> {
  (await startMock()).store.organisations = [...organisations];
}

export interface FinderOptions {
  attributes?: Record<string, string>;
}

/** A finder on the page, connected to the mock, with its first results shown. */
export async function renderFinder({ attributes = {} }: FinderOptions = {}) {
  await startMock();
  const finder = await fixture<VangnetOrganisationFinder>(
    html`<vangnet-organisation-finder
      api=${location.origin}
      partner-key=${demoPartnerKey}
    ></vangnet-organisation-finder>`,
  );
  for (const [name, value] of Object.entries(attributes)) finder.setAttribute(name, value);
  await waitUntil(() => resultNames(finder).length > 0 || emptyState(finder), 'no results shown', {
    timeout: 10_000,
  });
  return finder;
}

const root = (finder: HTMLElement) => finder.shadowRoot!;

/** The names of the results shown, in order. */
export function resultNames(finder: HTMLElement): string[] {
  return [...root(finder).querySelectorAll('[part~="result-button"]')].map(
    (button) => button.textContent?.trim() ?? '',
  );
}

export function emptyState(finder: HTMLElement): HTMLElement | null {
  return root(finder).querySelector('[part~="empty"]');
}

/** A control found by its visible label, as a person finds it. */
export function control<T extends HTMLElement>(finder: HTMLElement, label: string): T {
  const found = [...root(finder).querySelectorAll('label')].find(
    (candidate) => candidate.textContent?.trim() === label,
  );
  const control = found?.htmlFor ? root(finder).getElementById(found.htmlFor) : null;
  if (!control) throw new Error(`No control labelled "${label}"`);
  return control as T;
}

/** A button found by its text. */
export function button(finder: HTMLElement, text: string | RegExp): HTMLButtonElement {
  const found = [...root(finder).querySelectorAll('button')].find((candidate) => {
    const own = candidate.textContent?.trim() ?? '';
    return typeof text === 'string' ? own === text : text.test(own);
  });
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

export function countText(finder: HTMLElement): string {
  return root(finder).querySelector('[part~="count"]')?.textContent?.trim() ?? '';
}

export function liveRegion(finder: HTMLElement): HTMLElement {
  return root(finder).querySelector('[data-vangnet-announcer="polite"]')!;
}
