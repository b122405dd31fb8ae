import { createHash } from 'node:crypto';
import { canonicalJson } from '@vangnet/api-core';
import type { LocationSchedule } from '@vangnet/sdk';

/**
 * The version of a schedule: a hash of what it says, not of when it was saved, so two people who
 * save the same hours do not conflict, and the default calendar has a version like any other.
 */
export function scheduleVersion(schedule: LocationSchedule): string {
  return createHash('sha256').update(canonicalJson(schedule)).digest('base64url').slice(0, 22);
}

/** The `ETag` header of a version: a strong entity tag. */
export const entityTag = (version: string): string => `"${version}"`;

/**
 * Whether an `If-Match` header (RFC 9110 §13.1.1) lets a change to `version` through: absent,
 * `*`, or a list that names it with a strong tag. A weak tag (`W/"…"`) never matches.
 */
export function ifMatchAllows(header: string | undefined, version: string): boolean {
  if (header === undefined) return true;
  const tags = header.split(',').map((tag) => tag.trim());
  return tags.includes('*') || tags.includes(entityTag(version));
}
