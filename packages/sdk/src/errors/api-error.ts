import type { Problem } from '../schemas/problem.ts';
import { VangnetError, type VangnetErrorOptions } from './vangnet-error.ts';

/** What an error made from an API answer carries. */
export interface ApiErrorOptions extends VangnetErrorOptions {
  status: number;
  /** The RFC 9457 problem of the answer, when it had a valid one. */
  problem?: Problem | undefined;
}

/**
 * The base of the errors the API answered with an error status. `problem` keeps the RFC 9457 body
 * when the answer had one (a proxy's HTML error page has none).
 */
export class ApiError extends VangnetError {
  override name = 'ApiError';
  /** The HTTP status of the answer. */
  readonly status: number;
  /** The problem details of the answer, when it carried valid `application/problem+json`. */
  readonly problem: Problem | undefined;

  constructor(message: string, options: ApiErrorOptions) {
    super(message, options);
    this.status = options.status;
    this.problem = options.problem;
  }
}
