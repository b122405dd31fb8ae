// Turns the custom-elements manifest (generated from the components' JSDoc) into one reference
// page per element, so attributes, events, parts and custom properties are described once: in code.
import { code, frontMatter, table } from './markdown.ts';

interface Described {
  name: string;
  description?: string;
  summary?: string;
}
interface ManifestAttribute extends Described {
  type?: { text?: string };
  default?: string;
  fieldName?: string;
}
interface ManifestEvent extends Described {
  type?: { text?: string };
}
interface ManifestCssProperty extends Described {
  default?: string;
  syntax?: string;
}
/** The parts of a custom-elements manifest (schema 2.x) that the reference pages use. */
export interface ManifestDeclaration extends Described {
  kind?: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: ManifestAttribute[];
  events?: ManifestEvent[];
  cssParts?: Described[];
  cssProperties?: ManifestCssProperty[];
  slots?: Described[];
}
export interface Manifest {
  modules?: { path?: string; declarations?: ManifestDeclaration[] }[];
}

/** A generated reference page. */
export interface ReferencePage {
  tagName: string;
  /** A file name for the page: `vangnet-booking-form.md`. */
  fileName: string;
  markdown: string;
}

const text = (item: Described) => item.description || item.summary || '';
// Types such as `CustomEvent<Detail>` would otherwise be read as HTML tags.
const codeOrEmpty = (value: string | undefined) => (value ? code(value) : undefined);

/** Modules with elements that exist only for tests: not part of the public API. */
const testModule = /(^|\/)test-utils\/|\.test\.ts$|-fixture\.ts$/;

/** Every public custom element the manifest declares, once per tag name, sorted by tag name. */
export function customElements(manifest: Manifest): ManifestDeclaration[] {
  const byTag = new Map<string, ManifestDeclaration>();
  for (const module of manifest.modules ?? []) {
    if (testModule.test(module.path ?? '')) continue;
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName && !byTag.has(declaration.tagName)) {
        byTag.set(declaration.tagName, declaration);
      }
    }
  }
  return [...byTag.values()].sort((a, b) => a.tagName!.localeCompare(b.tagName!));
}

function section(title: string, empty: string, body: string | undefined): string {
  return `## ${title}\n\n${body ?? empty}\n`;
}

/** The reference page of one element. */
export function referencePage(
  element: ManifestDeclaration,
  group = 'Component reference',
): ReferencePage {
  const tagName = element.tagName ?? element.name;
  const attributes = element.attributes ?? [];
  const events = element.events ?? [];
  const parts = element.cssParts ?? [];
  const properties = element.cssProperties ?? [];
  const slots = element.slots ?? [];
  const markdown = [
    frontMatter({ title: `<${tagName}>`, group }),
    `# \`<${tagName}>\``,
    '',
    element.summary ?? '',
    '',
    element.description && element.description !== element.summary ? element.description : '',
    '',
    `_Generated from the custom-elements manifest of \`@vangnet/widget\`, which is generated from the element's JSDoc. Class: \`${element.name}\`._`,
    '',
    section(
      'Attributes',
      'No attributes of its own.',
      attributes.length
        ? table(
            ['Attribute', 'Type', 'Default', 'Description'],
            attributes.map((a) => [
              code(a.name),
              codeOrEmpty(a.type?.text),
              codeOrEmpty(a.default),
              text(a),
            ]),
          )
        : undefined,
    ),
    section(
      'Events',
      'Fires no events of its own.',
      events.length
        ? table(
            ['Event', 'Detail', 'Description'],
            events.map((e) => [code(e.name), codeOrEmpty(e.type?.text), text(e)]),
          )
        : undefined,
    ),
    section(
      'CSS parts',
      'No parts.',
      parts.length
        ? table(
            ['Part', 'Description'],
            parts.map((p) => [code(`::part(${p.name})`), text(p)]),
          )
        : undefined,
    ),
    section(
      'CSS custom properties',
      'No custom properties of its own.',
      properties.length
        ? table(
            ['Property', 'Default', 'Description'],
            properties.map((p) => [code(p.name), codeOrEmpty(p.default), text(p)]),
          )
        : undefined,
    ),
    section(
      'Slots',
      'No slots.',
      slots.length
        ? table(
            ['Slot', 'Description'],
            slots.map((s) => [s.name ? code(s.name) : '(default)', text(s)]),
          )
        : undefined,
    ),
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  return { tagName, fileName: `${tagName}.md`, markdown };
}
