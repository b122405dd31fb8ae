// Watches everything a page keeps or shows outside the component while a flow runs: storage,
// cookies, the address, console output, Vangnet events and requests. Canary values typed into
// the flow must turn up in none of them.
import { VANGNET_EVENTS } from '../../../packages/widget/src/core/events.ts';

/** Unique values typed into a flow, and the other forms in which they might leak. */
export const canary = {
  givenName: 'Kanarie',
  familyName: 'Zwaluwstaart',
  dateOfBirth: '2010-01-17',
  adultDateOfBirth: '2003-07-19',
  phone: '06 00009731',
  email: 'kanarie.9731@example.org',
};

const variants = [
  canary.givenName,
  canary.familyName,
  canary.dateOfBirth,
  '17-01-2010',
  '17-1-2010',
  canary.adultDateOfBirth,
  '19-7-2003',
  '00009731',
  canary.email,
  encodeURIComponent(canary.email),
];

const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;

export interface PrivacyWatch {
  /** Where a canary turned up: `console.warn: …`, `localStorage: …`; empty when nowhere. */
  leaks(): string[];
  /** How many place-and-value pairs the last `leaks()` looked at. */
  readonly checked: number;
  /** URLs requested since the watch started (resource timing and the SDK's own fetches). */
  readonly requests: string[];
  stop(): void;
}

/** Starts watching; `extraRequests` adds requests that never hit the network (an in-process mock). */
export function watchPrivacy(extraRequests: () => readonly string[] = () => []): PrivacyWatch {
  const logged: string[] = [];
  const originals = consoleMethods.map((method) => console[method]);
  for (const method of consoleMethods)
    console[method] = (...args: unknown[]) => {
      logged.push(`console.${method}: ${args.map(String).join(' ')}`);
    };
  const events: string[] = [];
  const onEvent = (event: Event) =>
    events.push(`${event.type}: ${JSON.stringify((event as CustomEvent).detail)}`);
  for (const name of VANGNET_EVENTS) document.addEventListener(name, onEvent, true);
  // An observer, not the timeline: the timeline's buffer fills up with the page's own modules.
  const requested: string[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) requested.push(entry.name);
  });
  observer.observe({ type: 'resource' });
  const requests: string[] = [];
  let checked = 0;
  const resources = () => {
    for (const entry of observer.takeRecords()) requested.push(entry.name);
    return requested;
  };
  return {
    get checked() {
      return checked;
    },
    get requests() {
      requests.splice(0, requests.length, ...resources(), ...extraRequests());
      return requests;
    },
    leaks() {
      const places = [
        ...Object.entries(localStorage).map(([key, value]) => `localStorage: ${key}=${value}`),
        ...Object.entries(sessionStorage).map(([key, value]) => `sessionStorage: ${key}=${value}`),
        `cookie: ${document.cookie}`,
        `address: ${location.href}`,
        ...logged,
        ...events,
        ...this.requests.map((url) => `request: ${url}`),
      ];
      checked = places.length * variants.length;
      return places.filter((place) => variants.some((value) => place.includes(value)));
    },
    stop() {
      resources();
      observer.disconnect();
      consoleMethods.forEach((method, index) => (console[method] = originals[index]!));
      for (const name of VANGNET_EVENTS) document.removeEventListener(name, onEvent, true);
    },
  };
}

/** The requests that went anywhere but `apiOrigin` and the page's own origin (its modules). */
export function foreignRequests(watch: PrivacyWatch, apiBase: string): string[] {
  return watch.requests.filter(
    (url) => !url.startsWith(apiBase) && new URL(url).origin !== location.origin,
  );
}
