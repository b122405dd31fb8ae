/**
 * Isolated mode's messages between a host page and the frame of a component on the API's origin
 * (docs/decisions/0205-isolated-mode.md). Both sides check the other's origin and window before
 * reading a message, and then its shape here: a message is data from another origin.
 */
import { VANGNET_EVENTS, type VangnetEventName } from '../core/events.ts';

/** The components that can be isolated, by element name without `vangnet-`. */
export type IsolatedComponent = 'referral-form' | 'booking-form' | 'organisation-finder';

/**
 * The attributes a host passes into the frame, per component: configuration only (ids from the
 * catalog, presets), never anything a person typed.
 */
export const FRAME_ATTRIBUTES: Record<IsolatedComponent, readonly string[]> = {
  'referral-form': ['service', 'municipality', 'organisation', 'referrer-role'],
  'booking-form': ['municipality', 'location', 'topic', 'channel'],
  'organisation-finder': [
    'municipality',
    'theme',
    'service',
    'coaching-form',
    'audience',
    'heading-level',
  ],
};

/** Frame → host: the content's height in CSS pixels. */
export interface HeightMessage {
  readonly vangnet: 'frame';
  readonly type: 'height';
  readonly height: number;
}

/** Frame → host: a Vangnet event the component fired, with its detail. */
export interface EventMessage {
  readonly vangnet: 'frame';
  readonly type: 'event';
  readonly name: VangnetEventName;
  readonly detail: Readonly<Record<string, unknown>>;
}

export type FrameMessage = HeightMessage | EventMessage;

/** Host → frame: an organisation chosen in a finder on the host page, for the referral form. */
export interface OrganisationMessage {
  readonly vangnet: 'host';
  readonly type: 'organisation';
  readonly detail: { readonly organisationId: string; readonly organisationName?: string };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function isFrameMessage(data: unknown): data is FrameMessage {
  if (!isRecord(data) || data['vangnet'] !== 'frame') return false;
  if (data['type'] === 'height') {
    const height = data['height'];
    return typeof height === 'number' && height >= 0 && height < 100_000;
  }
  return (
    data['type'] === 'event' &&
    (VANGNET_EVENTS as readonly unknown[]).includes(data['name']) &&
    isRecord(data['detail'])
  );
}

export function isOrganisationMessage(data: unknown): data is OrganisationMessage {
  if (!isRecord(data) || data['vangnet'] !== 'host' || data['type'] !== 'organisation')
    return false;
  const detail = data['detail'];
  return (
    isRecord(detail) &&
    typeof detail['organisationId'] === 'string' &&
    detail['organisationId'].length <= 200 &&
    (detail['organisationName'] === undefined ||
      (typeof detail['organisationName'] === 'string' && detail['organisationName'].length <= 500))
  );
}

/** A theme token's value is plain CSS: no `url()` (the frame loads nothing), no block or rule. */
export function safeTokenValue(value: string): boolean {
  return value.length <= 200 && !/[;{}<>\\]|url\(|@import|expression\(/i.test(value);
}
