import { VangnetOrganisationFinder } from './organisation-finder.ts';

/** Registers `<vangnet-organisation-finder>`, once: a page may load the bundle twice. */
if (!customElements.get('vangnet-organisation-finder')) {
  customElements.define('vangnet-organisation-finder', VangnetOrganisationFinder);
}

declare global {
  interface HTMLElementTagNameMap {
    'vangnet-organisation-finder': VangnetOrganisationFinder;
  }
}

export { VangnetOrganisationFinder };
