// Types only, for framework users: `import type {} from '@vangnet/widget/jsx'` once in a React 19
// project gives checked attributes and events on the four elements. Nothing here runs, and React
// is not a dependency: the augmentation below applies only where `@types/react` is installed.
import type * as React from 'react';
import type { Audience, Channel, CoachingForm, ServiceId, VangnetClient } from '@vangnet/sdk';
import type { Clock } from './core/clock.ts';
import type { VangnetEventDetails, VangnetEventName } from './core/events.ts';
import type { LANGUAGES } from './core/language.ts';
import type { VangnetBookingForm } from './booking-form/booking-form.ts';
import type { VangnetOrganisationFinder } from './organisation-finder/organisation-finder.ts';
import type { VangnetProvider } from './provider/provider.ts';
import type { VangnetReferralForm } from './referral-form/referral-form.ts';

/** A language the components speak (`lang`); others fall back to Dutch, but are a typo here. */
export type VangnetLanguage = (typeof LANGUAGES)[number];

/**
 * Listeners for the Vangnet events `N`, named as React 19 names listeners on custom elements:
 * `on` and the event's name (`onvangnet-booked`), each typed with its event's `detail`.
 */
export type VangnetEventHandlers<N extends VangnetEventName> = {
  [K in N as `on${K}`]?: (event: CustomEvent<VangnetEventDetails[K]>) => void;
};

/** What every component takes when no `<vangnet-provider>` surrounds it. */
export interface VangnetConnectionAttributes {
  /** The API's address. */
  api?: string;
  /** The website's publishable partner key. */
  'partner-key'?: string;
  /** The language; else the provider's, else the page's. */
  lang?: VangnetLanguage;
  /** Logs what the component does to the console (never personal data). */
  debug?: boolean;
  /** "Now", for tests and demos (a property). */
  now?: Clock;
}

/** `<vangnet-provider>`'s attributes. */
export type VangnetProviderAttributes = VangnetConnectionAttributes;

/** `<vangnet-referral-form>`'s attributes. */
export interface VangnetReferralFormAttributes extends VangnetConnectionAttributes {
  /** The service referred to; without it the form asks. */
  service?: ServiceId;
  /** The municipality (catalog id): which services it offers decides the steps. */
  municipality?: string;
  /** A preferred organisation (organisation id). */
  organisation?: string;
  /** The referrer's role preset (catalog id). */
  'referrer-role'?: string;
  /** The page with `<vangnet-referral-status>` the confirmation links to; default this page. */
  'status-page'?: string;
}

/** `<vangnet-booking-form>`'s attributes. */
export interface VangnetBookingFormAttributes extends VangnetConnectionAttributes {
  /** The municipality (catalog id) whose locations and routes apply. */
  municipality?: string;
  /** A location preset (location id). */
  location?: string;
  /** A topic preset (appointment topic id). */
  topic?: string;
  /** A channel preset. */
  channel?: Channel;
  /** A configured SDK client (a property); wins over `api` and `partner-key`. */
  client?: VangnetClient;
}

/** `<vangnet-organisation-finder>`'s attributes. */
export interface VangnetOrganisationFinderAttributes extends VangnetConnectionAttributes {
  /** Preset municipality filter (catalog id). */
  municipality?: string;
  /** Preset theme filter (catalog id). */
  theme?: string;
  /** Preset service filter. */
  service?: ServiceId;
  /** Preset coaching form filter. */
  'coaching-form'?: Exclude<CoachingForm, 'no-preference'>;
  /** Preset audience filter. */
  audience?: Audience;
  /** The heading level of organisation names, to fit the page's outline. */
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6;
}

/**
 * The events each element fires. Events bubble and cross shadow roots, so a provider hears those of
 * the components inside it too.
 */
export interface VangnetElementEvents {
  'vangnet-provider': VangnetEventName;
  'vangnet-referral-form': 'vangnet-step' | 'vangnet-submitted' | 'vangnet-error';
  'vangnet-booking-form':
    | 'vangnet-step'
    | 'vangnet-booked'
    | 'vangnet-rescheduled'
    | 'vangnet-cancelled'
    | 'vangnet-callback-requested'
    | 'vangnet-error';
  'vangnet-organisation-finder': 'vangnet-error' | 'vangnet-organisation-selected';
}

/** Each element's own attributes and its typed listeners, for any JSX that takes a props type. */
export interface VangnetElementProps {
  'vangnet-provider': VangnetProviderAttributes &
    VangnetEventHandlers<VangnetElementEvents['vangnet-provider']>;
  'vangnet-referral-form': VangnetReferralFormAttributes &
    VangnetEventHandlers<VangnetElementEvents['vangnet-referral-form']>;
  'vangnet-booking-form': VangnetBookingFormAttributes &
    VangnetEventHandlers<VangnetElementEvents['vangnet-booking-form']>;
  'vangnet-organisation-finder': VangnetOrganisationFinderAttributes &
    VangnetEventHandlers<VangnetElementEvents['vangnet-organisation-finder']>;
}

/** React's props of an element `E`: its HTML attributes (but `lang`, which is ours), `ref`, `key`. */
type ReactProps<E extends HTMLElement, P> = Omit<
  React.DetailedHTMLProps<React.HTMLAttributes<E>, E>,
  keyof P
> &
  P;

/** The four elements as React 19 intrinsic elements. */
export interface VangnetIntrinsicElements {
  'vangnet-provider': ReactProps<VangnetProvider, VangnetElementProps['vangnet-provider']>;
  'vangnet-referral-form': ReactProps<
    VangnetReferralForm,
    VangnetElementProps['vangnet-referral-form']
  >;
  'vangnet-booking-form': ReactProps<
    VangnetBookingForm,
    VangnetElementProps['vangnet-booking-form']
  >;
  'vangnet-organisation-finder': ReactProps<
    VangnetOrganisationFinder,
    VangnetElementProps['vangnet-organisation-finder']
  >;
}

declare module 'react' {
  // React 19 reads intrinsic elements from `React.JSX`; merging into it is the documented way.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging needs an interface
    interface IntrinsicElements extends VangnetIntrinsicElements {}
  }
}
