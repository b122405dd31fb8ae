/**
 * The host side of isolated mode, loaded only by an element with `isolated` (a chunk of its own,
 * so in-page users do not download it): a frame with the component's `/embed/…` page of the API's
 * origin, whose height follows the content, whose events are fired again by the element, and into
 * which an organisation chosen in a finder on the host page is handed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dispatch } from '../core/events.ts';
import { themeTokens } from '../kit/tokens.ts';
import {
  FRAME_ATTRIBUTES,
  isFrameMessage,
  type IsolatedComponent,
  type OrganisationMessage,
} from './protocol.ts';

/**
 * The frame's sandbox, per component: the fewest permissions with which it works
 * (docs/guides/privacy.md says why each is there).
 */
export const SANDBOX: Record<IsolatedComponent, string> = {
  'referral-form':
    'allow-scripts allow-same-origin allow-forms allow-top-navigation-to-custom-protocols',
  'booking-form':
    'allow-scripts allow-same-origin allow-forms allow-top-navigation-to-custom-protocols allow-downloads allow-popups allow-popups-to-escape-sandbox',
  'organisation-finder':
    'allow-scripts allow-same-origin allow-forms allow-top-navigation-to-custom-protocols allow-popups allow-popups-to-escape-sandbox',
};

const titles: Record<IsolatedComponent, { nl: string; en: string }> = {
  'referral-form': { nl: 'Aanmeldformulier', en: 'Referral form' },
  'booking-form': { nl: 'Afspraak met een casemanager', en: 'Appointment with a casemanager' },
  'organisation-finder': { nl: 'Organisaties zoeken', en: 'Find an organisation' },
};

type Host = HTMLElement & ReactiveControllerHost;

/** The element's attribute, else its provider's. */
function setting(host: HTMLElement, name: string): string {
  const own = host.getAttribute(name);
  if (own !== null) return own.trim();
  return host.closest('vangnet-provider')?.getAttribute(name)?.trim() ?? '';
}

/** The theme as the host page set it: each token, else its NL Design System token, else unset. */
function themeOf(host: HTMLElement, params: URLSearchParams): void {
  const style = getComputedStyle(host);
  for (const token of themeTokens) {
    const value =
      style.getPropertyValue(token.name).trim() ||
      ('nlToken' in token ? style.getPropertyValue(token.nlToken).trim() : '');
    if (value) params.set(token.name, value);
  }
  // The frame cannot load the page's web fonts, but it can name the same family.
  if (!params.has('--vangnet-font-family')) params.set('--vangnet-font-family', style.fontFamily);
  if (style.colorScheme && style.colorScheme !== 'normal') {
    params.set('color-scheme', style.colorScheme);
  }
}

/** The `/embed/…` page's address: configuration, language and theme, never what anyone typed. */
export function frameUrl(host: HTMLElement, component: IsolatedComponent, lang: string): URL {
  const api = setting(host, 'api').replace(/\/+$/, '');
  const url = new URL(`${api}/embed/${component}`);
  const params = url.searchParams;
  params.set('key', setting(host, 'partner-key'));
  params.set('lang', lang);
  params.set('origin', location.origin);
  for (const attribute of FRAME_ATTRIBUTES[component]) {
    const value = host.getAttribute(attribute);
    if (value) params.set(attribute, value);
  }
  themeOf(host, params);
  return url;
}

/** A frame of the element's component on the API's origin, as a reactive controller of it. */
export class IsolatedFrame implements ReactiveController {
  readonly element: HTMLIFrameElement = document.createElement('iframe');
  readonly #host: Host;
  readonly #component: IsolatedComponent;
  readonly #origin: string;
  /** Organisations chosen before the frame said it was there. */
  #pending: OrganisationMessage[] = [];
  #ready = false;

  constructor(host: Host, lang: string) {
    this.#host = host;
    this.#component = host.localName.replace(/^vangnet-/, '') as IsolatedComponent;
    const url = frameUrl(host, this.#component, lang);
    this.#origin = url.origin;
    const frame = this.element;
    frame.title = lang === 'en' ? titles[this.#component].en : titles[this.#component].nl;
    frame.setAttribute('sandbox', SANDBOX[this.#component]);
    frame.setAttribute('part', 'frame');
    frame.referrerPolicy = 'no-referrer';
    frame.allow = '';
    // Styles from script, not a stylesheet: the host page's CSP governs neither, and in-page users
    // download none of it. Height 0 until the first message: the element's own reserved
    // height (`min-block-size`) keeps the space.
    Object.assign(frame.style, {
      display: 'block',
      inlineSize: '100%',
      blockSize: '0px',
      border: '0',
      colorScheme: getComputedStyle(host).colorScheme,
    });
    frame.src = url.href;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('message', this.#onMessage);
    if (this.#component === 'referral-form') {
      document.addEventListener('vangnet-organisation-selected', this.#onOrganisation);
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('message', this.#onMessage);
    document.removeEventListener('vangnet-organisation-selected', this.#onOrganisation);
  }

  /** Only the frame's own window, on the API's origin, is listened to; anything else is ignored. */
  readonly #onMessage = (event: MessageEvent): void => {
    if (event.source !== this.element.contentWindow || event.origin !== this.#origin) return;
    const message: unknown = event.data;
    if (!isFrameMessage(message)) return;
    if (message.type === 'height') {
      this.element.style.blockSize = `${Math.ceil(message.height)}px`;
      if (!this.#ready) {
        this.#ready = true;
        for (const pending of this.#pending.splice(0)) this.#post(pending);
      }
      return;
    }
    try {
      // Checked again for personal data: the frame's word is not taken for it.
      dispatch(this.#host, message.name, message.detail as never);
    } catch {
      // A detail with a forbidden key is dropped, not passed on.
    }
  };

  readonly #onOrganisation = (event: Event): void => {
    if (event.target === this.#host) return;
    const { organisationId, organisationName } = (event as CustomEvent).detail as {
      organisationId?: unknown;
      organisationName?: unknown;
    };
    if (typeof organisationId !== 'string') return;
    const message: OrganisationMessage = {
      vangnet: 'host',
      type: 'organisation',
      detail: {
        organisationId,
        ...(typeof organisationName === 'string' ? { organisationName } : {}),
      },
    };
    if (this.#ready) this.#post(message);
    else this.#pending.push(message);
  };

  #post(message: OrganisationMessage): void {
    this.element.contentWindow?.postMessage(message, this.#origin);
  }
}
