import type { FormRule } from '../kit/index.ts';

/**
 * Where and how are not part of the booking body (the slot says both), but must be chosen: without
 * this rule a person could reach the calendar with nothing to show.
 */
export const whereAndHowChosen: FormRule = (model) => [
  ...(model['location'] ? [] : [{ key: 'location', message: 'validation.location' }]),
  ...(model['channel'] ? [] : [{ key: 'channel', message: 'validation.channel' }]),
];

/**
 * The booking body from what was typed: the contact preference filled in when only one way to
 * reach someone was given, and "booked by" dropped unless someone books for another person.
 */
export function completeBooking(model: Record<string, unknown>): Record<string, unknown> {
  const completed: Record<string, unknown> = { ...model };
  const contact = { ...((model['contact'] as Record<string, unknown> | undefined) ?? {}) };
  // The preference is asked only when both are given; otherwise it is the one given.
  const { email, phone, preferred } = contact;
  if (email === undefined || phone === undefined || preferred === undefined) {
    if (email !== undefined && (phone === undefined || preferred !== 'sms'))
      contact['preferred'] = 'email';
    else if (phone !== undefined) contact['preferred'] = 'sms';
  }
  if (Object.keys(contact).length > 0) completed['contact'] = contact;
  if (model['forSomeoneElse'] !== true) delete completed['bookedBy'];
  return completed;
}
