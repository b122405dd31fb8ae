import type { Appointment } from '@vangnet/sdk';
import type { ManageViewName } from './views/manage-view.ts';

/** Where someone outside the age bounds is sent instead of booking. */
export type Route = 'too-young' | 'too-old';

/** What the element shows besides the booking steps. */
export type Mode =
  | { readonly kind: 'flow' }
  | { readonly kind: 'route'; readonly route: Route }
  | { readonly kind: 'callback' }
  | { readonly kind: 'callback-done'; readonly reference: string; readonly place: string }
  | {
      readonly kind: 'confirmation';
      readonly appointment: Appointment;
      readonly manageLink: string;
    }
  | { readonly kind: 'manage-loading' }
  | { readonly kind: 'manage-invalid' }
  | {
      readonly kind: 'manage';
      readonly appointment: Appointment;
      readonly view: ManageViewName;
    };
