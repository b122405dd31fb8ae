// The browser bundles after `npm run build`: each component's file carries that component and the
// provider, and not the others — a page that shows only the finder does not download the forms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

test('dist/vangnet.js defines every element', () => {
  const bundle = readFileSync('dist/vangnet.js', 'utf8');
  for (const tag of ['provider', ...components]) assert.ok(defines(bundle, `vangnet-${tag}`));
});

test('the SRI hash is the sha384 of the file, in the integrity attribute format', () => {
  assert.match(subresourceIntegrity('dist/vangnet.js'), /^sha384-[A-Za-z0-9+/]{64}$/);
});
