import { AsyncLocalStorage } from 'node:async_hooks';

/** The languages messages are written in; Dutch is the default. */
export type MessageLanguage = 'nl' | 'en';

/**
 * The first language of an `Accept-Language` header (the SDK sends the widget's language) that a
 * message can be written in; Dutch when none is.
 */
export function messageLanguageOf(acceptLanguage: string | null | undefined): MessageLanguage {
  const tags = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { tag, q: q === undefined ? 1 : Number(q) };
    })
    .filter(({ tag, q }) => tag !== '' && q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    const primary = tag.split('-')[0];
    if (primary === 'nl' || primary === 'en') return primary;
  }
  return 'nl';
}

const current = new AsyncLocalStorage<MessageLanguage>();

/** Runs `work` (one request) with the language its messages are written in. */
export function withMessageLanguage<T>(language: MessageLanguage, work: () => T): T {
  return current.run(language, work);
}

/** The language of the request being answered; Dutch outside one. */
export function currentMessageLanguage(): MessageLanguage {
  return current.getStore() ?? 'nl';
}
