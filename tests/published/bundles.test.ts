// The browser bundles after `npm run build`: each component's file carries that component and the
// provider, and not the others — a page that shows only the finder does not download the forms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { importsOf, loaderManifest, pageFiles } from '../../bench/chunk-graph.ts';
import { subresourceIntegrity } from '../../scripts/bundle-report.ts';

const components = ['referral-form', 'booking-form', 'organisation-finder', 'referral-status'];
const defines = (bundle: string, tag: string) => bundle.includes(`"${tag}"`);

for (const component of components) {
  test(`dist/vangnet-${component}.js defines <vangnet-${component}> and the provider only`, () => {
    const bundle = readFileSync(`dist/vangnet-${component}.js`, 'utf8');
    assert.ok(defines(bundle, `vangnet-${component}`));
    assert.ok(defines(bundle, 'vangnet-provider'));
    for (const other of components.filter((name) => name !== component)) {
      assert.ok(!defines(bundle, `vangnet-${other}`), `it carries vangnet-${other}`);
    }
  });
}

test("dist/vangnet.js claims every element, and each element's chunk defines it and no other", () => {
  const manifest = loaderManifest();
  for (const tag of ['provider', ...components]) {
    const chunk = manifest[`vangnet-${tag}`];
    assert.ok(chunk, `the loader claims <vangnet-${tag}>`);
    const code = readFileSync(`dist/${chunk.entry}`, 'utf8');
    assert.ok(defines(code, `vangnet-${tag}`), `${chunk.entry} defines <vangnet-${tag}>`);
    for (const other of components.filter((name) => name !== tag))
      assert.ok(!defines(code, `vangnet-${other}`), `${chunk.entry} carries vangnet-${other}`);
  }
});

// Chunks that import each other run one of them before the other is initialised: a browser
// throws "Cannot access … before initialization" and the element never loads. Rollup puts a
// module where the rules of rollup.config.ts say, so a shared module that imports a schema
// (the problem types once did) closes such a circle between shared and sdk-schemas.
test('no chunk imports itself through others: the static imports of dist/chunks/ form no circle', () => {
  const files = readdirSync('dist/chunks').map((file) => `chunks/${file}`);
  const path: string[] = [];
  const done = new Set<string>();
  const visit = (file: string): void => {
    const at = path.indexOf(file);
    assert.equal(at, -1, `a circle: ${[...path.slice(at), file].join(' → ')}`);
    if (done.has(file)) return;
    path.push(file);
    for (const imported of importsOf(file).static) visit(imported);
    path.pop();
    done.add(file);
  };
  for (const file of files) visit(file);
  assert.ok(done.size >= files.length);
});

// zod and the schemas are a quarter of what a first view would load: the reads check with the
// generated checks (decision 0301), the forms mark their fields from generated shapes (0302).
test('no element loads zod before its first view: dist/chunks/sdk-schemas is fetched after it', () => {
  for (const tag of ['provider', ...components]) {
    const { firstView, flow } = pageFiles([`vangnet-${tag}`]);
    assert.ok(firstView.length > 1, `<vangnet-${tag}> loads its chunks`);
    const schemas = firstView.filter((file) => file.startsWith('chunks/sdk-schemas-'));
    assert.deepEqual(schemas, [], `<vangnet-${tag}> loads zod before its first view`);
    assert.ok(
      flow.some((file) => file.startsWith('chunks/sdk-schemas-')),
      `<vangnet-${tag}>`,
    );
  }
});

test('the chunks hold one Lit: exactly one of them creates the lit-html policy', () => {
  const files = readdirSync('dist/chunks');
  const withPolicy = files.filter((file) =>
    readFileSync(`dist/chunks/${file}`, 'utf8').includes('"lit-html"'),
  );
  assert.equal(withPolicy.length, 1, withPolicy.join(', '));
});

test('the SRI hash is the sha384 of the file, in the integrity attribute format', () => {
  assert.match(subresourceIntegrity('dist/vangnet.js'), /^sha384-[A-Za-z0-9+/]{64}$/);
});
