import { VangnetError, type VangnetErrorOptions } from './vangnet-error.ts';

/** The API could not be reached: offline, DNS, refused connection, or blocked by CORS. */
export class NetworkError extends VangnetError {
  override name = 'NetworkError';

  constructor(options: VangnetErrorOptions = {}) {
    super('The API could not be reached.', options);
  }
}
