import { test } from 'node:test';
import assert from 'node:assert/strict';
import { customElements, referencePage, type Manifest } from './component-reference.ts';

const manifest: Manifest = {
  modules: [
    {
      path: 'src/booking-form/booking-form.ts',
      declarations: [
        { kind: 'function', name: 'helper' },
        {
          kind: 'class',
          name: 'VangnetBookingForm',
          customElement: true,
          tagName: 'vangnet-booking-form',
          summary: 'Books a talk with a casemanager.',
          attributes: [
            {
              name: 'municipality',
              type: { text: "string | 'a|b'" },
              description: 'Whose service\napplies.',
            },
          ],
          events: [
            { name: 'vangnet-booked', type: { text: 'CustomEvent<{ reference: string }>' } },
          ],
          cssParts: [{ name: 'form', description: 'The form.' }],
          cssProperties: [{ name: '--vangnet-color-accent', default: '#0b5cad' }],
        },
      ],
    },
    {
      path: 'src/test-utils/kit-test-form.ts',
      declarations: [
        { kind: 'class', name: 'T', customElement: true, tagName: 'vangnet-kit-test-form' },
      ],
    },
    {
      path: 'src/a/a.ts',
      declarations: [{ kind: 'class', name: 'A', customElement: true, tagName: 'vangnet-a' }],
    },
  ],
};

test('lists each public custom element once, sorted by tag name; test elements left out', () => {
  assert.deepEqual(
    customElements(manifest).map((element) => element.tagName),
    ['vangnet-a', 'vangnet-booking-form'],
  );
});

test('a reference page has a row per attribute, event, part and custom property', () => {
  const page = referencePage(customElements(manifest)[1]!);
  assert.equal(page.fileName, 'vangnet-booking-form.md');
  assert.match(page.markdown, /^---\ntitle: "<vangnet-booking-form>"/);
  // Pipes and line breaks from JSDoc must not break the table.
  assert.match(
    page.markdown,
    /\| `municipality` \| `string \\\| 'a\\\|b'` \| {2}\| Whose service applies\. \|/,
  );
  assert.match(page.markdown, /\| `vangnet-booked` \| `CustomEvent<\{ reference: string \}>` \|/);
  assert.match(page.markdown, /\| `::part\(form\)` \| The form\. \|/);
  assert.match(page.markdown, /\| `--vangnet-color-accent` \| `#0b5cad` \|/);
  assert.match(page.markdown, /## Slots\n\nNo slots\./);
});

test('an element without any API says so instead of printing empty tables', () => {
  const page = referencePage(customElements(manifest)[0]!);
  assert.match(page.markdown, /No attributes of its own\./);
  assert.match(page.markdown, /Fires no events of its own\./);
  assert.doesNotMatch(page.markdown, /\| --- \|/);
});
