import type { ApiContext, RequestLimit } from '../context.ts';
import { ProblemError } from './problem.ts';

/**
 * 429 `rate-limited` once a bucket has had `limit` requests in the current fixed window. The
 * count lives in the store, so every instance on one database shares it.
 */
export async function checkRateLimit(
  api: ApiContext,
  bucket: string,
  { limit, windowMs }: RequestLimit,
): Promise<void> {
  const now = api.clock.now().getTime();
  const windowStart = now - (now % windowMs);
  const count = await api.store.countRequest(bucket, new Date(windowStart));
  if (count > limit) {
    throw new ProblemError('rate-limited', {
      detail: 'Too many requests from this key and address. Wait before trying again.',
      retryAfter: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)),
    });
  }
}
