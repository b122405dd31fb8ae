import { VangnetProvider } from './provider.ts';

/** Registers `<vangnet-provider>`, once: a page may load two bundles that both carry it. */
if (!customElements.get('vangnet-provider')) {
  customElements.define('vangnet-provider', VangnetProvider);
}

declare global {
  interface HTMLElementTagNameMap {
    'vangnet-provider': VangnetProvider;
  }
}

export { VangnetProvider };
