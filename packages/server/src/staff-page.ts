/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

/**
 * The workspace's policy: everything from this origin, no inline script or style, no eval, and
 * Trusted Types required (Lit's `lit-html` policy is the only one).
 */
export const staffPagePolicy = policyWith([]);

/**
 * The policy with more origins the page may fetch from: the OpenID Connect provider's, whose
 * token endpoint the workspace calls itself (a public client with PKCE).
 */
export function policyWith(connectSources: readonly string[]): string {
  return [
    "default-src 'self'",
    ...(connectSources.length > 0 ? [`connect-src 'self' ${connectSources.join(' ')}`] : []),
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/** Where `npm run build -w @vangnet/staff` writes the workspace. */
export const staffDistDir = fileURLToPath(new URL('../../staff/dist/', import.meta.url));

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaffPageOptions {
  /** Origins besides the page's own that it fetches from (the sign-in provider's). */
  connectSources?: readonly string[];
}

/**
 * The staff workspace's static files at `/staff/`, every answer with the strict policy. Only
 * files of `dir` with a known type; `/staff` goes to `/staff/`. Mount it at the root.
 */
export function staffPage(dir: string = staffDistDir, options: StaffPageOptions = {}): Hono {
  const securityHeaders = {
    'Content-Security-Policy': policyWith(options.connectSources ?? []),
    'X-Content-Type-Options': 'nosniff',
    // No referrer: the address after the provider's redirect holds the one-time code.
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
  const page = new Hono();
  page.get('/staff', (c) => c.redirect('/staff/', 301));
  page.get('/staff/', () => serve('index.html'));
  // A section's own address (`/staff/agenda`, `/staff/outbox`) is the same page: the workspace
  // opens that section after signing in.
  page.get('/staff/:file', (c) => {
    const file = c.req.param('file');
    return serve(/^[a-z][a-z-]*$/.test(file) ? 'index.html' : file);
  });

  async function serve(file: string): Promise<Response> {
    const type = types[extname(file)];
    const path = normalize(join(dir, file));
    if (!type || !path.startsWith(normalize(dir)) || file.startsWith('.')) {
      return new Response('Not found', { status: 404, headers: securityHeaders });
    }
    try {
      return new Response(await readFile(path), {
        headers: { ...securityHeaders, 'Content-Type': type },
      });
    } catch {
      return new Response(
        file === 'index.html'
          ? 'The workspace is not built: run `npm run build -w @vangnet/staff`.'
          : 'Not found',
        {
          status: 404,
          headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
        },
      );
    }
  }
  return page;
}
