import type { Catalog } from '@vangnet/sdk';
import { isKnownLanguage, LANGUAGES } from './language.ts';

/** A text in Dutch and English: what the webmaster reads in a problem message. */
export interface BilingualText {
  readonly nl: string;
  readonly en: string;
}

/**
 * How one attribute is checked. Rules with `needsCatalog` run once the catalog is there (a
 * `municipality` must be one of the catalog's); the others run before anything is loaded.
 */
export interface AttributeRule {
  /** The attribute's name, as written in HTML (`partner-key`). */
  readonly attribute: string;
  /** Whether leaving it out (or empty) is a problem. */
  readonly required?: boolean;
  /** What a valid value looks like, for the message: `een http(s)-adres`. */
  readonly expected: BilingualText;
  /** Whether `value` (never empty) is valid. */
  readonly valid: (value: string, catalog: Catalog | undefined) => boolean;
  /** Check only once the catalog is loaded. */
  readonly needsCatalog?: boolean;
  /** Never repeat the value in messages (keys). */
  readonly secret?: boolean;
}

/** One attribute found missing or wrong. */
export interface AttributeProblem {
  readonly attribute: string;
  /** `not-defined`: the element named by `attribute` (the provider) was never defined. */
  readonly reason: 'missing' | 'invalid' | 'not-defined';
  readonly expected: BilingualText;
  /** The wrong value, unless the rule is secret; for the console only. */
  readonly value?: string;
}

/**
 * Checks `element`'s attributes against `rules`. Without a catalog the catalog rules are skipped
 * (they are checked again when it arrives).
 */
export function checkAttributes(
  element: Element,
  rules: readonly AttributeRule[],
  catalog?: Catalog,
): AttributeProblem[] {
  const problems: AttributeProblem[] = [];
  for (const rule of rules) {
    const value = element.getAttribute(rule.attribute)?.trim() ?? '';
    const { attribute, expected } = rule;
    if (value === '') {
      if (rule.required) problems.push({ attribute, reason: 'missing', expected });
      continue;
    }
    if (rule.needsCatalog && !catalog) continue;
    if (!rule.valid(value, catalog)) {
      problems.push({
        attribute,
        reason: 'invalid',
        expected,
        ...(rule.secret ? {} : { value }),
      });
    }
  }
  return problems;
}

/** The problems as one line for the console, naming each attribute. */
export function describeProblems(tag: string, problems: readonly AttributeProblem[]): string {
  const lines = problems.map(({ attribute, reason, expected, value }) =>
    reason === 'not-defined'
      ? `<${attribute}> is not defined; expected ${expected.en}`
      : reason === 'missing'
        ? `the attribute "${attribute}" is missing; expected ${expected.en}`
        : `the attribute "${attribute}"${value === undefined ? '' : ` ("${value}")`} is not valid; expected ${expected.en}`,
  );
  return `<${tag}>: ${lines.join('; ')}.`;
}

// Ready-made rules. Components compose these; see README.md.

/**
 * `value` as an `http:` or `https:` URL, else `undefined`. A path from the site's root
 * (`/vangnet-api`) is resolved against the page, for an API behind the partner's own domain (and
 * the example pages, whose server runs on any port); other relative values stay invalid, so a
 * forgotten scheme (`api.example.org`) is reported rather than read as a path.
 */
export function httpUrlOf(value: string): URL | undefined {
  try {
    const url = value.startsWith('/') ? new URL(value, document.baseURI) : new URL(value);
    return ['http:', 'https:'].includes(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** An `http:` or `https:` URL, or a path from the site's root (see {@link httpUrlOf}). */
export function httpUrlRule(attribute: string, required = true): AttributeRule {
  return {
    attribute,
    required,
    expected: {
      nl: 'een http(s)-adres, zoals https://api.example.org',
      en: 'an http(s) address, such as https://api.example.org',
    },
    valid: (value) => httpUrlOf(value) !== undefined,
  };
}

/** Any text that is not empty (and not only spaces). */
export function nonEmptyRule(
  attribute: string,
  expected: BilingualText,
  options: { secret?: boolean } = {},
): AttributeRule {
  return { attribute, required: true, expected, valid: () => true, ...options };
}

/** One of a fixed list of values, e.g. a schema's enum: `oneOfRule('service', ServiceIdSchema.options)`. */
export function oneOfRule(
  attribute: string,
  values: readonly string[],
  required = false,
): AttributeRule {
  const list = values.join(', ');
  return {
    attribute,
    required,
    expected: { nl: `een van: ${list}`, en: `one of: ${list}` },
    valid: (value) => values.includes(value),
  };
}

/**
 * The id of an item in one of the catalog's lists:
 * `catalogIdRule('municipality', (catalog) => catalog.municipalities)`.
 */
export function catalogIdRule(
  attribute: string,
  list: (catalog: Catalog) => readonly { readonly id: string }[],
  required = false,
): AttributeRule {
  return {
    attribute,
    required,
    needsCatalog: true,
    expected: {
      nl: 'een id uit de catalogus van de regio (GET /v1/catalog)',
      en: "an id from the region's catalog (GET /v1/catalog)",
    },
    valid: (value, catalog) => !catalog || list(catalog).some((item) => item.id === value),
  };
}

/** A language the components speak. */
export function languageRule(languages: readonly string[] = LANGUAGES): AttributeRule {
  const list = languages.join(', ');
  return {
    attribute: 'lang',
    expected: { nl: `een taalcode: ${list}`, en: `a language code: ${list}` },
    valid: (value) => isKnownLanguage(value, languages),
  };
}

/** The rules of the attributes that connect a component (or the provider) to the API. */
export const connectionRules: readonly AttributeRule[] = [
  httpUrlRule('api'),
  nonEmptyRule(
    'partner-key',
    { nl: 'de partnersleutel van de website', en: "the website's partner key" },
    { secret: true },
  ),
  languageRule(),
];
