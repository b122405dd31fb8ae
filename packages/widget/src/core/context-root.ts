import { ContextRoot } from '@lit/context';

const attached = Symbol.for('vangnet-context-root');

/**
 * Attaches one `ContextRoot` to the document, so that a component whose `<vangnet-provider>` is
 * defined after it (scripts load in any order) still receives the provider's values.
 */
export function ensureContextRoot(document: Document): void {
  const root = document.documentElement as HTMLElement & { [attached]?: true };
  if (root[attached]) return;
  root[attached] = true;
  new ContextRoot().attach(root);
}
