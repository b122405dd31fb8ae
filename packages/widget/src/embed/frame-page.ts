/**
 * The frame bridge of isolated mode: the script of the server's `/embed/…` page (bundled as
 * `dist/vangnet-embed.js`, beside the component's own bundle). It puts the one component on the
 * page with the attributes, language and theme tokens of the address, and tells the host page —
 * only the one whose origin the address names — the content's height and the component's events.
 * It takes organisations chosen in a finder on the host page from that page only.
 */
import { VANGNET_EVENTS, forbiddenKeysIn } from '../core/events.ts';
import { themeTokens } from '../kit/tokens.ts';
import {
  FRAME_ATTRIBUTES,
  isOrganisationMessage,
  safeTokenValue,
  type FrameMessage,
  type IsolatedComponent,
} from './protocol.ts';

function hostOriginOf(params: URLSearchParams): string | undefined {
  const given = params.get('origin') ?? '';
  let origin: string;
  try {
    origin = new URL(given).origin;
  } catch {
    return undefined;
  }
  if (origin !== given || origin === 'null') return undefined;
  // Where the browser names the parent's origin, it must be the one the address claims.
  const seen = location.ancestorOrigins?.[0];
  return seen && seen !== 'null' && seen !== origin ? undefined : origin;
}

/** Starts the bridge in this page; does nothing outside a frame or without a valid host origin. */
export function startFrame(): void {
  const params = new URLSearchParams(location.search);
  const component = location.pathname.split('/').pop() as IsolatedComponent;
  const allowed = FRAME_ATTRIBUTES[component];
  const host = hostOriginOf(params);
  const main = document.querySelector('main');
  if (!allowed || !main) return;

  const root = document.documentElement;
  const scheme = params.get('color-scheme');
  if (scheme === 'light' || scheme === 'dark' || scheme === 'light dark') {
    root.style.colorScheme = scheme;
  }
  for (const { name } of themeTokens) {
    const value = params.get(name);
    if (value && safeTokenValue(value)) root.style.setProperty(name, value);
  }
  // The frame's height follows its content: no scrollbar, no margin around the component.
  root.style.overflow = 'hidden';
  document.body.style.margin = '0';

  const element = document.createElement(`vangnet-${component}`);
  element.setAttribute('api', new URL('..', location.href).href.replace(/\/$/, ''));
  element.setAttribute('partner-key', params.get('key') ?? '');
  element.setAttribute('lang', root.lang);
  for (const attribute of allowed) {
    const value = params.get(attribute);
    if (value !== null && value.length <= 200) element.setAttribute(attribute, value);
  }
  // The host page keeps the reserved height until the first message; here it would only add to it.
  element.style.setProperty('--vangnet-reserved-height', '0px');
  main.append(element);

  if (!host || window.parent === window) return;
  const post = (message: FrameMessage) => window.parent.postMessage(message, host);

  new ResizeObserver(() => {
    post({
      vangnet: 'frame',
      type: 'height',
      height: Math.ceil(root.getBoundingClientRect().height),
    });
  }).observe(root);

  const relayed = new WeakSet<Event>();
  for (const name of VANGNET_EVENTS) {
    document.addEventListener(name, (event) => {
      const { detail } = event as CustomEvent<unknown>;
      if (relayed.has(event) || typeof detail !== 'object' || detail === null) return;
      if (forbiddenKeysIn(detail).length > 0) return;
      post({
        vangnet: 'frame',
        type: 'event',
        name,
        detail: { ...(detail as Record<string, unknown>) },
      });
    });
  }

  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || event.origin !== host) return;
    if (!isOrganisationMessage(event.data)) return;
    const { organisationId, organisationName } = event.data.detail;
    const selected = new CustomEvent('vangnet-organisation-selected', {
      detail: { organisationId, ...(organisationName ? { organisationName } : {}) },
      bubbles: true,
      composed: true,
    });
    relayed.add(selected);
    document.dispatchEvent(selected);
  });

  // Links to other sites open in a new tab, not in the frame (its height protocol would be lost).
  document.addEventListener('click', (event) => {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link || event.defaultPrevented || link.hasAttribute('download')) return;
    const url = new URL(link.href, location.href);
    const here = url.origin === location.origin && url.pathname === location.pathname;
    if (!/^https?:$/.test(url.protocol) || here) return;
    event.preventDefault();
    window.open(url.href, '_blank', 'noopener,noreferrer');
  });
}

startFrame();
