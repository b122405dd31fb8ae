import { expect } from '@open-wc/testing';
import type { CSSResultGroup } from 'lit';
import {
  VangnetBookingForm,
  VangnetOrganisationFinder,
  VangnetProvider,
  VangnetReferralForm,
} from '@vangnet/widget';
import { minifyCss, minifyCssTemplates } from '../../../scripts/minify-css-templates.ts';

/** Every stylesheet text of a component's `styles`, arrays flattened. */
const texts = (styles: CSSResultGroup | undefined): string[] =>
  styles === undefined
    ? []
    : Array.isArray(styles)
      ? styles.flatMap((style: CSSResultGroup) => texts(style))
      : 'cssText' in styles
        ? [styles.cssText]
        : [];

/**
 * The rules the browser reads from a text, as it serialises them. A value with `var()` keeps its
 * text as written, so the space after a comma (which no CSS grammar reads) is left out of both.
 */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/,\s+/g, ','));
}

describe('the browser bundles: css`` templates minified', () => {
  const elements = {
    VangnetBookingForm,
    VangnetOrganisationFinder,
    VangnetProvider,
    VangnetReferralForm,
  };
  for (const [name, element] of Object.entries(elements)) {
    it(`reads the same rules from ${name}'s styles, minified`, () => {
      const sheets = texts(element.styles);
      expect(sheets.length).to.be.greaterThan(0);
      for (const text of sheets) {
        const minified = minifyCss(text);
        expect(minified.length).to.be.lessThan(text.length);
        expect(rules(minified)).to.deep.equal(rules(text));
      }
    });
  }

  it('keeps quoted strings and ${…} expressions exactly as written', () => {
    const source =
      "const s = css`\n  /* why */\n  .a::after { content: ': , ;'; }\n  :host { ${tokens({ a: 1 })} }\n`;";
    expect(minifyCssTemplates(source)).to.equal(
      "const s = css` .a::after{content:': , ;'}:host{${tokens({ a: 1 })}}`;",
    );
  });
});
