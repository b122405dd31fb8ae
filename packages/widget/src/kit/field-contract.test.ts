import { expect, fixture, html } from '@open-wc/testing';
import '../test-utils/kit-test-form.ts';
import type { KitTestForm } from '../test-utils/kit-test-form.ts';

/** The accessible name source of a control: its labels, or its fieldset's legend. */
function labelTextOf(control: HTMLInputElement): string {
  const labels = [...(control.labels ?? [])].map((label) => label.textContent ?? '');
  const legend = control.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
  return `${legend} ${labels.join(' ')}`.replace(/\s+/g, ' ').trim();
}

function describedTextOf(element: Element, root: ShadowRoot): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => root.getElementById(id)?.textContent ?? '').join(' ');
}

/**
 * The contract every field of the kit keeps, checked on every field of every step of the test
 * form: a label for each control, required said in words, hint and error described, invalid state
 * only once shown, and the `field`/`input`/`error` parts.
 */
describe('form kit: the contract every field keeps', () => {
  for (const step of ['referrer', 'young-person', 'support']) {
    it(`holds for every field on the "${step}" step`, async () => {
      const el = await fixture<KitTestForm>(html`<vangnet-kit-test-form></vangnet-kit-test-form>`);
      el.steps.goTo(step, { focus: false });
      await el.updateComplete;
      const root = el.shadowRoot!;
      const fields = [...root.querySelectorAll('[data-vangnet-field]')];
      expect(fields.length).to.be.greaterThan(1);

      for (const field of fields) {
        const key = field.getAttribute('data-vangnet-field') ?? '';
        expect(field.getAttribute('part'), key).to.contain('field');
        const controls = [...field.querySelectorAll<HTMLInputElement>('input, select, textarea')];
        expect(controls.length, key).to.be.greaterThan(0);
        for (const control of controls) {
          expect(labelTextOf(control), `${key} has a label`).not.to.equal('');
          expect(control.getAttribute('part'), key).to.match(/input|radio|checkbox/);
          // Nothing is invalid before the person did anything.
          expect(control.getAttribute('aria-invalid') ?? 'false', key).to.equal('false');
        }
        const hint = field.querySelector(':scope > [part~="hint"]');
        if (hint) {
          const describer = field.matches('fieldset')
            ? field
            : field.querySelector('input, select, textarea')!;
          expect(describedTextOf(describer, root), `${key} describes its hint`).to.contain(
            hint.textContent?.trim() ?? '-',
          );
        }
        const required = el.form.isRequired(key);
        const legendOrLabel = field.querySelector('legend, label')?.textContent ?? '';
        expect(legendOrLabel.includes('(verplicht)'), `${key} says required in words`).to.equal(
          required,
        );
      }

      el.form.validate(el.steps.current.fields);
      await el.updateComplete;
      for (const key of el.form.summary.map((entry) => entry.key)) {
        const field = root.querySelector(`[data-vangnet-field="${key}"]`)!;
        const error = field.querySelector('[part~="error"]');
        expect(error?.textContent?.trim(), `${key} shows its error`).to.match(/^Fout: \S/);
        const describer = field.matches('fieldset')
          ? field
          : field.querySelector('input, select, textarea')!;
        expect(describedTextOf(describer, root), `${key} describes its error`).to.contain(
          error?.textContent?.replace(/\s+/g, ' ').replace('Fout: ', '').trim() ?? '-',
        );
        const invalid =
          field.querySelector('[aria-invalid="true"]') ??
          (field.getAttribute('aria-invalid') === 'true' ? field : null);
        expect(invalid, `${key} is marked invalid`).not.to.equal(null);
      }
    });
  }
});
