import type { ReactiveController } from 'lit';
import type { KitHost } from './form-controller.ts';

/** Where the announcer learns the language it speaks in: the component's translator. */
export interface AnnouncerLanguage {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

/**
 * Live regions for messages that are not tied to focus ("Bezig met versturen…", "Verzonden").
 * Screen readers only announce changes to a live region they already know, so the regions are
 * created when the component connects, before any message, and kept across renders (they are
 * appended to the render root outside Lit's template, which Lit leaves alone).
 *
 * Given the translator, the regions carry its `lang` and `dir`: they sit outside the form's root,
 * where they would inherit the page's (or a provider's) language rather than the one spoken. When
 * the language changes, a message in the old one is taken away, unread.
 *
 * @example
 * ```ts
 * readonly announcer = new Announcer(this, this.t);
 * this.announcer.announce(this.t.msg('busy.sending'));
 * ```
 */
export class Announcer implements ReactiveController {
  readonly #host: KitHost;
  readonly #language: AnnouncerLanguage | undefined;
  #polite: HTMLElement | undefined;
  #assertive: HTMLElement | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #spoken: string | undefined;

  constructor(host: KitHost, language?: AnnouncerLanguage) {
    this.#host = host;
    this.#language = language;
    host.addController(this);
  }

  hostConnected(): void {
    this.#polite ??= this.#createRegion('polite');
    this.#assertive ??= this.#createRegion('assertive');
    const root = this.#host.renderRoot;
    if (!this.#polite.isConnected) root.append(this.#polite);
    if (!this.#assertive.isConnected) root.append(this.#assertive);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  hostUpdated(): void {
    const language = this.#language;
    if (!language || language.lang === this.#spoken) return;
    const switched = this.#spoken !== undefined;
    this.#spoken = language.lang;
    for (const region of [this.#polite, this.#assertive]) {
      if (!region) continue;
      region.lang = language.lang;
      region.dir = language.dir;
      if (switched) region.textContent = '';
    }
    if (switched) clearTimeout(this.#timer);
  }

  /**
   * Announces `message`. The region is emptied first and filled a moment later, so the same
   * message twice is announced twice.
   */
  announce(message: string, options: { assertive?: boolean } = {}): Promise<void> {
    const region = options.assertive ? this.#assertive : this.#polite;
    if (!region) return Promise.resolve();
    region.textContent = '';
    clearTimeout(this.#timer);
    return new Promise((resolve) => {
      this.#timer = setTimeout(() => {
        region.textContent = message;
        resolve();
      }, 100);
    });
  }

  #createRegion(politeness: 'polite' | 'assertive'): HTMLElement {
    const region = this.#host.ownerDocument.createElement('div');
    region.setAttribute('role', politeness === 'polite' ? 'status' : 'alert');
    region.setAttribute('aria-live', politeness);
    region.setAttribute('aria-atomic', 'true');
    region.dataset['vangnetAnnouncer'] = politeness;
    // Visually hidden through the CSSOM, which a strict CSP allows (unlike a style attribute
    // string), so the regions work even before the component's styles apply.
    Object.assign(region.style, {
      position: 'absolute',
      width: '1px',
      height: '1px',
      margin: '-1px',
      padding: '0',
      overflow: 'hidden',
      clipPath: 'inset(50%)',
      whiteSpace: 'nowrap',
      border: '0',
    });
    return region;
  }
}
