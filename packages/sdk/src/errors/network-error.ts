import { VangnetError, type VangnetErrorOptions } from './vangnet-error.ts';

/**
 * The API could not be reached, or its answer did not arrive whole: offline, DNS, refused
 * connection, blocked by CORS, or a connection that dropped while the body arrived.
 */
export class NetworkError extends VangnetError {
  override name = 'NetworkError';

  constructor(options: VangnetErrorOptions = {}) {
    super('The API could not be reached.', options);
  }
}
