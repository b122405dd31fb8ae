import { VangnetError, type VangnetErrorOptions } from './vangnet-error.ts';

/** The API did not answer in time (per attempt, or all attempts together). */
export class TimeoutError extends VangnetError {
  override name = 'TimeoutError';

  constructor(options: VangnetErrorOptions = {}) {
    super('The API did not answer in time.', options);
  }
}
