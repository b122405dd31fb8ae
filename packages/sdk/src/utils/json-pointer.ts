/**
 * The path of a JSON pointer (RFC 6901) as a form names its fields: `/consents/0/date` →
 * `['consents', 0, 'date']`. Array indices become numbers so they match zod's issue paths.
 */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : [];
  const withoutHash = pointer.startsWith('#') ? decodeURIComponent(pointer.slice(1)) : pointer;
  return withoutHash
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

/** The JSON pointer (RFC 6901) of a path: `['consents', 0, 'date']` → `/consents/0/date`. */
export function pathToPointer(path: readonly PropertyKey[]): string {
  return path
    .map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
}
