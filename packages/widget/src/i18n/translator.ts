import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatDate, formatTime, intlLocale } from './format.ts';
import { plainNumber, plainPluralRule } from './plain-numbers.ts';
import { directionOf, resolveLanguage } from './locale.ts';
import type { Catalog, CatalogLoader, Catalogs, Message, MessageParams } from './types.ts';

/** Lazy catalogs on their way and those arrived, shared by every translator with the same loader. */
const pendingCatalogs = new WeakMap<CatalogLoader, Promise<void>>();
const loadedCatalogs = new WeakMap<CatalogLoader, Partial<Catalog>>();

function load(loader: CatalogLoader): Promise<void> {
  let pending = pendingCatalogs.get(loader);
  if (pending === undefined) {
    pending = loader().then(
      (catalog) => void loadedCatalogs.set(loader, catalog),
      (error: unknown) => {
        // A failed fetch may succeed later (a flaky network): the next switch to it retries.
        pendingCatalogs.delete(loader);
        throw error;
      },
    );
    pendingCatalogs.set(loader, pending);
  }
  return pending;
}

/** What a translator needs of its host: a Lit host that is an element. */
export type TranslatorHost = ReactiveControllerHost & HTMLElement;

/**
 * Speaks the component's language: its own `lang`, else the page's `<html lang>`, else Dutch.
 * Watches both attributes, so switching the page's language re-renders the component. Missing keys
 * fall back to Dutch (tests make sure none are missing in a shipped language). A language that is
 * loaded lazily shows in Dutch until its messages arrive, then the component re-renders; `ready`
 * settles once they are in use.
 *
 * @example
 * ```ts
 * class MyForm extends LitElement {
 *   readonly t = new Translator(this, extendCatalogs({ nl: myNl, en: myEn }));
 *   render() {
 *     return html`<div lang=${this.t.lang} dir=${this.t.dir}>${this.t.msg('nav.next')}</div>`;
 *   }
 * }
 * ```
 */
export class Translator<K extends string = string> implements ReactiveController {
  readonly #host: TranslatorHost;
  readonly #catalogs: Catalogs<K>;
  readonly #languages: readonly string[];
  #observer: MutationObserver | undefined;
  #language = 'nl';
  readonly #source: (() => string) | undefined;
  #ready: Promise<void> = Promise.resolve();
  /** The lazy language this translator waits for (or that failed), so updates do not ask twice. */
  #pending: string | undefined;
  // Intl objects are kept per language: building one costs more than a finder keystroke may.
  #numberFormat: { readonly language: string; readonly format: Intl.NumberFormat } | undefined;
  #pluralRules: { readonly language: string; readonly rules: Intl.PluralRules } | undefined;

  /**
   * @param language - where the language comes from instead of the element's and page's `lang`,
   *   e.g. a component's connection, which also knows the `<vangnet-provider lang>`; read on every
   *   update, so a provider switching language is followed.
   */
  constructor(host: TranslatorHost, catalogs: Catalogs<K>, language?: () => string) {
    this.#host = host;
    this.#catalogs = catalogs;
    this.#languages = Object.keys(catalogs);
    this.#source = language;
    host.addController(this);
  }

  /** The language in use, a primary subtag the component ships (`nl`, `en`, `ar`…). */
  get lang(): string {
    return this.#language;
  }

  /** The writing direction of the language in use. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.#language);
  }

  /**
   * Settles once the messages of the language asked for are in use — at once for Dutch, English and
   * every language already loaded. A language that fails to load leaves the component in Dutch.
   */
  get ready(): Promise<void> {
    return this.#ready;
  }

  /** The languages this component ships. */
  get languages(): readonly string[] {
    return this.#languages;
  }

  hostConnected(): void {
    this.#refresh();
    this.#observer = new MutationObserver(() => this.#refresh());
    const options = { attributes: true, attributeFilter: ['lang'] };
    this.#observer.observe(this.#host, options);
    this.#observer.observe(this.#host.ownerDocument.documentElement, options);
  }

  hostUpdate(): void {
    if (this.#source) this.#refresh();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Whether a message exists for `key` (in the language in use or in Dutch). */
  has(key: string): boolean {
    return this.#lookup(key) !== undefined;
  }

  /**
   * The message for `key` with `{name}` placeholders filled in. A `count` param picks the plural
   * form. An unknown key returns the key itself, so a mistake is visible but nothing breaks.
   */
  msg(key: K, params?: MessageParams): string {
    const message = this.#lookup(key);
    if (message === undefined) return key;
    const text = typeof message === 'string' ? message : this.#plural(message, params);
    return params ? fill(text, params) : text;
  }

  /** A calendar date (`2009-03-14`) or a moment, formatted in Europe/Amsterdam. */
  date(value: string | Date, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.#language, value, options);
  }

  /** The time of a moment in Europe/Amsterdam, `14:30`. */
  time(value: string | Date): string {
    return formatTime(this.#language, value);
  }

  /** A number in the language's notation. */
  number(value: number): string {
    const plain = plainNumber(this.#language, value);
    if (plain !== undefined) return plain;
    if (this.#numberFormat?.language !== this.#language) {
      const format = new Intl.NumberFormat(intlLocale(this.#language));
      this.#numberFormat = { language: this.#language, format };
    }
    return this.#numberFormat.format.format(value);
  }

  #lookup(key: string): Message | undefined {
    const own = this.#catalogOf(this.#language)?.[key];
    return own ?? (this.#catalogs.nl as Catalog)[key];
  }

  #catalogOf(language: string): Partial<Catalog> | undefined {
    const entry = this.#catalogs[language] as Partial<Catalog> | CatalogLoader | undefined;
    return typeof entry === 'function' ? loadedCatalogs.get(entry) : entry;
  }

  #plural(message: Exclude<Message, string>, params: MessageParams | undefined): string {
    const count = Number(params?.['count'] ?? params?.['minimum'] ?? params?.['maximum'] ?? 0);
    const rule = plainPluralRule(this.#language, count) ?? this.#intlPluralRule(count);
    // Dutch and English say "1 teken"/"1 character" with `one`; an exact 0 in Arabic uses `zero`.
    return message[rule] ?? message.other;
  }

  #intlPluralRule(count: number): Intl.LDMLPluralRule {
    if (this.#pluralRules?.language !== this.#language) {
      const rules = new Intl.PluralRules(intlLocale(this.#language));
      this.#pluralRules = { language: this.#language, rules };
    }
    return this.#pluralRules.rules.select(count);
  }

  #wanted(): string {
    const language = this.#source?.();
    return language && this.#languages.includes(language)
      ? language
      : resolveLanguage(this.#host, this.#languages);
  }

  #refresh(): void {
    const language = this.#wanted();
    const entry = this.#catalogs[language] as Partial<Catalog> | CatalogLoader | undefined;
    if (typeof entry === 'function' && !loadedCatalogs.has(entry)) {
      if (this.#pending === language) return;
      this.#pending = language;
      this.#ready = load(entry).then(
        () => {
          if (this.#pending === language) this.#pending = undefined;
          // The page may have switched language again while this one was on its way.
          if (this.#wanted() === language) this.#use(language);
        },
        () => {
          // Dutch stays: every text exists in it. The webmaster learns why (no personal data).
          console.error(`Vangnet: the texts in language "${language}" could not be loaded.`);
        },
      );
      return;
    }
    this.#pending = undefined;
    this.#ready = Promise.resolve();
    this.#use(language);
  }

  #use(language: string): void {
    if (language === this.#language) return;
    this.#language = language;
    this.#host.requestUpdate();
  }
}

function fill(text: string, params: MessageParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
