import { FORBIDDEN_DETAIL_KEYS } from './events.ts';

/** Values a debug line may carry: references, ids, counts, states — never free text from users. */
export type DebugDetails = Readonly<Record<string, string | number | boolean | undefined>>;

const forbidden = new Set(FORBIDDEN_DETAIL_KEYS.map((key) => key.toLowerCase()));

/**
 * Logs what a component does when it carries the `debug` attribute, to help a webmaster see why
 * it behaves as it does. Keys that could hold personal data are dropped, so a careless call cannot
 * leak them.
 */
export function debugLog(element: Element, message: string, details: DebugDetails = {}): void {
  if (!element.hasAttribute('debug')) return;
  const safe = Object.fromEntries(
    Object.entries(details).filter(([key]) => !forbidden.has(key.toLowerCase())),
  );
  console.info(`[${element.localName}] ${message}`, safe);
}
