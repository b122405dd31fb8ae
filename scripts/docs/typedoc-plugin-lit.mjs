// A TypeDoc plugin: the element classes' overrides of Lit's own members (`styles`, `render`,
// `connectedCallback`, `updated`…) are implementation, not the elements' API, and they inherit
// Lit's comments, whose links point into Lit's documentation. Partners use the attributes, events,
// parts and custom properties, which the element reference pages list.
import { Converter, ReflectionKind } from 'typedoc';

const litMember = /^(LitElement|ReactiveElement)\./;

/**
 * Whether `member` overrides a member of Lit's base classes, directly or through a class of ours
 * in between (`VangnetReferralForm.styles` → `VangnetElement.styles` → `LitElement.styles`).
 * @param {import('typedoc').DeclarationReflection} member
 */
function overridesLit(member, seen = new Set()) {
  const base = member.overwrites ?? member.inheritedFrom;
  if (!base || seen.has(member)) return false;
  seen.add(member);
  const ours = base.reflection;
  return ours ? overridesLit(/** @type {any} */ (ours), seen) : litMember.test(base.name);
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      const members = context.project.getReflectionsByKind(
        ReflectionKind.Property | ReflectionKind.Method | ReflectionKind.Accessor,
      );
      // Decide for all first: removing one would cut the chain of the next.
      const lit = members.filter((member) => overridesLit(/** @type {any} */ (member)));
      for (const member of lit) context.project.removeReflection(member);
    },
    -100,
  );
}
