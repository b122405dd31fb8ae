// Finds broken internal links in a built static site: every `href` and `src` in every HTML file
// must point at a file that exists and, when it carries a fragment, at an element with that id.
// External links (another scheme or host) are not fetched: this machine, and CI, may be offline.
import { readdir, readFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One link that leads nowhere. */
export interface BrokenLink {
  /** The page with the link, relative to the site root. */
  page: string;
  /** The link as written. */
  link: string;
  reason: 'missing-file' | 'missing-anchor' | 'outside-site';
}

const linkAttribute = /\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const idAttribute = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const externalScheme = /^[a-z][a-z0-9+.-]*:/i;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function decodeEntities(text: string): string {
  return text
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');
}

function valuesOf(pattern: RegExp, html: string): string[] {
  return [...html.matchAll(pattern)].map((match) => decodeEntities(match[1] ?? match[2] ?? ''));
}

/** What a link check found. */
export interface LinkReport {
  /** Internal links followed, each distinct link once per page. */
  checked: number;
  /** The broken ones, in page order; empty when all resolve. */
  broken: BrokenLink[];
}

/** Checks every internal link of the site in `root`. */
export async function checkLinks(root: string): Promise<LinkReport> {
  const siteRoot = resolve(root);
  const rootUrl = pathToFileURL(siteRoot + sep);
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = async (file: string): Promise<Set<string>> => {
    let ids = idsByFile.get(file);
    if (!ids) {
      ids = new Set(valuesOf(idAttribute, await readFile(file, 'utf8')));
      idsByFile.set(file, ids);
    }
    return ids;
  };

  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const file of (await htmlFiles(siteRoot)).sort()) {
    const page = relative(siteRoot, file).split(sep).join('/');
    const html = await readFile(file, 'utf8');
    for (const link of new Set(valuesOf(linkAttribute, html))) {
      if (link === '' || link.startsWith('//') || externalScheme.test(link)) continue;
      checked += 1;
      // A root-relative link resolves against the site root, wherever the site is hosted.
      const base = link.startsWith('/') ? rootUrl : pathToFileURL(file);
      const url = new URL(link.startsWith('/') ? link.slice(1) : link, base);
      let target = fileURLToPath(new URL(url.pathname, url));
      if (!target.startsWith(siteRoot)) {
        broken.push({ page, link, reason: 'outside-site' });
        continue;
      }
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
      if (!existsSync(target)) {
        broken.push({ page, link, reason: 'missing-file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !(await idsOf(target)).has(fragment)) {
        broken.push({ page, link, reason: 'missing-anchor' });
      }
    }
  }
  return { checked, broken };
}

/** One line per broken link, for a build log. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  return broken.map(({ page, link, reason }) => `${page}: ${link} (${reason})`).join('\n');
}
