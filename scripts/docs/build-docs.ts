// `npm run docs`: one static site in docs/site — the guides (Markdown, as TypeDoc documents), the
// API reference of the three packages (TypeDoc), a reference page per element (from the
// custom-elements manifest), the endpoint table (from docs/openapi.json), live demos on the mock's
// service worker (so the site needs no server), and a link check that fails the build.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { checkLinks, formatBrokenLinks } from './check-links.ts';
import { contractPage, type OpenApiDocument } from './contract-reference.ts';
import { customElements, referencePage, type Manifest } from './component-reference.ts';
import { decisionsIndex } from './decisions-index.ts';

const site = 'docs/site';
/** Generated Markdown lives here (gitignored) so TypeDoc picks it up with the guides. */
const generated = 'docs/api';
const manifestPath = 'packages/widget/custom-elements.json';
const openApiPath = 'docs/openapi.json';

function run(script: string) {
  console.log(`docs: ${script} first, it makes what the docs are generated from`);
  const result = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

if (!existsSync(manifestPath)) run('build');
if (!existsSync(openApiPath)) run('openapi');

rmSync(generated, { recursive: true, force: true });
mkdirSync(join(generated, 'elements'), { recursive: true });
const elements = customElements(readJson<Manifest>(manifestPath));
for (const element of elements) {
  const page = referencePage(element);
  writeFileSync(join(generated, 'elements', page.fileName), page.markdown);
}
// From docs/api/endpoints.md, TypeDoc copies the linked document into the site's media folder.
writeFileSync(
  join(generated, 'endpoints.md'),
  contractPage(readJson<OpenApiDocument>(openApiPath), '../openapi.json'),
);

const decisions = readdirSync('docs/decisions')
  .filter((fileName) => fileName.endsWith('.md'))
  .map((fileName) => ({
    fileName,
    markdown: readFileSync(join('docs/decisions', fileName), 'utf8'),
  }));
writeFileSync(join(generated, 'decisions.md'), decisionsIndex(decisions, '../decisions'));

const typedoc = spawnSync('typedoc', ['--options', 'typedoc.json'], { stdio: 'inherit' });
if (typedoc.status !== 0) process.exit(typedoc.status ?? 1);

// Live demos: the components and the mock in one module, loaded only by pages that show a demo.
await build({
  entryPoints: { 'vangnet-demo': 'docs/demo/demo.ts' },
  outdir: join(site, 'assets'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  conditions: ['source', 'browser', 'production'],
  tsconfig: 'tsconfig.base.json',
  logLevel: 'warning',
});
// msw only intercepts pages inside the worker's folder, so it sits at the site root.
const require = createRequire(import.meta.url);
copyFileSync(require.resolve('msw/mockServiceWorker.js'), join(site, 'mockServiceWorker.js'));

const { checked, broken } = await checkLinks(site);
if (broken.length > 0) {
  console.error(`docs: ${broken.length} broken internal links\n${formatBrokenLinks(broken)}`);
  process.exit(1);
}
console.log(
  `docs: ${site}/index.html — ${elements.length} element reference pages; ${checked} internal links checked, none broken`,
);
