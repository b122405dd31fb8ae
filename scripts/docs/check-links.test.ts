import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLinks } from './check-links.ts';

async function site(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'vangnet-links-'));
  for (const [path, body] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), body);
  }
  return root;
}

test('a site whose links all resolve has no broken links', async (t) => {
  const root = await site({
    'index.html':
      '<a href="guides/start.html#md:install">start</a> <a href="guides/">folder</a> <img src="media/shot.png"> <a href="#top" id="top">top</a>',
    'guides/start.html':
      '<a id="md:install"></a><a href="../index.html">home</a> <a href="/index.html?x=1">root</a>',
    'guides/index.html': '<p>folder index</p>',
    'media/shot.png': 'png',
  });
  t.after(() => rm(root, { recursive: true }));
  assert.deepEqual(await checkLinks(root), { checked: 6, broken: [] });
});

test('external links, mail and phone links are not followed', async (t) => {
  const root = await site({
    'index.html':
      '<a href="https://example.org/nowhere">x</a> <a href="mailto:info@example.org">m</a> <a href="tel:+31600000000">t</a> <a href="//cdn.example.org/x.js">c</a>',
  });
  t.after(() => rm(root, { recursive: true }));
  assert.deepEqual(await checkLinks(root), { checked: 0, broken: [] });
});

test('a missing page, a missing anchor and a link out of the site are each reported', async (t) => {
  const root = await site({
    'index.html':
      '<a href="gone.html">gone</a> <a href="other.html#nope">anchor</a> <a href=\'../../etc/passwd\'>out</a>',
    'other.html': '<h2 id="yes">yes</h2>',
  });
  t.after(() => rm(root, { recursive: true }));
  assert.deepEqual((await checkLinks(root)).broken, [
    { page: 'index.html', link: 'gone.html', reason: 'missing-file' },
    { page: 'index.html', link: 'other.html#nope', reason: 'missing-anchor' },
    { page: 'index.html', link: '../../etc/passwd', reason: 'outside-site' },
  ]);
});

test('entities in attributes are decoded before the target is looked up', async (t) => {
  const root = await site({
    'index.html': '<a href="a&amp;b.html">and</a>',
    'a&b.html': '<p>ok</p>',
  });
  t.after(() => rm(root, { recursive: true }));
  assert.deepEqual(await checkLinks(root), { checked: 1, broken: [] });
});
