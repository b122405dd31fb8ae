import { bookingEligibility, type Slot } from '@vangnet/sdk';
import { selectedLocation, stepShown, todayOf, type BookingHost } from './booking-host.ts';

// Moving through the booking steps: check the step on "Volgende", route people outside the age
// bounds to their route, and forget a chosen time when an answer it depended on changed. Sending
// the reviewed booking is booking-sending.ts's.

/** The selector of the calendar's first time that can be chosen, for focus. */
export const FIRST_SLOT = '.slot-picker input:not([disabled])';

/** What the flow remembers between steps; the element keeps one for its lifetime. */
export interface FlowMemory {
  /** After a 409 the person chose a new time for a booking they had already reviewed. */
  returnToReview: boolean;
  /** The answers the chosen time was found for: a change invalidates the time. */
  answered: string | undefined;
}

/** The form's submit on a step: the next step, or `book` on the review. */
export async function submitStep(
  host: BookingHost,
  memory: FlowMemory,
  event: SubmitEvent,
  book: () => void,
): Promise<void> {
  event.preventDefault();
  const step = host.steps.current;
  if (step.id === 'review') {
    book();
    return;
  }
  if (step.id === 'time' && !host.form.get('slotId')) {
    host.slotError = true;
    host.focusAfterRender(FIRST_SLOT);
    return;
  }
  // Pressed before the schema arrived: wait for it; without it the step has its rules checked.
  if (!host.form.loaded) await host.form.settle();
  const result = host.form.validate(step.fields);
  if (!result.valid) {
    void host.form.focusSummary();
    return;
  }
  if (step.id === 'birth' && !routeByAge(host)) return;
  dropStaleChoices(host, memory, step.id);
  if (step.id === 'time') leaveTimeStep(host, memory);
  else host.steps.next();
}

/** A time was picked; `advance` when it was the offer of the first free time. */
export function chooseSlot(
  host: BookingHost,
  memory: FlowMemory,
  slot: Slot,
  advance = false,
): void {
  host.form.set('slotId', slot.id);
  host.slotError = false;
  if (advance) leaveTimeStep(host, memory);
}

/** The chosen time was taken (409): back to the calendar, and from there straight to the review. */
export function chooseAnotherTime(host: BookingHost, memory: FlowMemory): void {
  memory.returnToReview = true;
  host.steps.goTo('time');
}

/**
 * Forgets choices that an earlier answer made invalid: a time chosen before the date of birth,
 * topic, place or channel changed; a place that does not offer the new topic.
 */
function dropStaleChoices(host: BookingHost, memory: FlowMemory, step: string): void {
  const form = host.form;
  const answer = JSON.stringify(
    ['dateOfBirth', 'topic', 'location', 'channel'].map((key) => form.get(key)),
  );
  if (step === 'birth' || step === 'topic' || step === 'place') {
    if (memory.answered !== undefined && memory.answered !== answer) form.set('slotId', undefined);
    memory.answered = answer;
  }
  const location = selectedLocation(host);
  if (step === 'topic' && location && !location.topics.includes(String(form.get('topic')))) {
    form.set('location', undefined);
    form.set('channel', undefined);
  }
}

/** Sends people outside the age bounds to their route; answers whether booking goes on. */
function routeByAge(host: BookingHost): boolean {
  const dateOfBirth = host.form.get('dateOfBirth');
  const rules = host.catalog?.rules;
  if (typeof dateOfBirth !== 'string' || !rules) return false;
  const eligibility = bookingEligibility(dateOfBirth, todayOf(host), rules);
  if (eligibility === 'eligible') return true;
  host.mode = { kind: 'route', route: eligibility };
  host.focusAfterRender('[data-vangnet-focus]');
  stepShown(host, eligibility, host.steps.index);
  return false;
}

function leaveTimeStep(host: BookingHost, memory: FlowMemory): void {
  if (memory.returnToReview) {
    memory.returnToReview = false;
    host.steps.goTo('review');
  } else host.steps.next();
}
