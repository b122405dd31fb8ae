// The browser bundles after `npm run build`: each component's file carries that component and the
// provider, and not the others — a page that shows only the finder does not download the forms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { loaderManifest } from '../../bench/chunk-graph.ts';
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
