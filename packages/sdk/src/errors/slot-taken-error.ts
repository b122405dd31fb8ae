import { ApiError, type ApiErrorOptions } from './api-error.ts';

/** `409 slot-taken`: someone else booked the slot first. Final: choose another slot. */
export class SlotTakenError extends ApiError {
  override name = 'SlotTakenError';

  constructor(options: ApiErrorOptions) {
    super('The slot was booked by someone else; choose another slot.', options);
  }
}
