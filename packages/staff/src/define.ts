import { VangnetStaffWorkspace } from './workspace.ts';

/** Registers `<vangnet-staff-workspace>`, once. */
if (!customElements.get('vangnet-staff-workspace')) {
  customElements.define('vangnet-staff-workspace', VangnetStaffWorkspace);
}

declare global {
  interface HTMLElementTagNameMap {
    'vangnet-staff-workspace': VangnetStaffWorkspace;
  }
}

export { VangnetStaffWorkspace };
