import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Catalog, StaffMe, VangnetClient } from '@vangnet/sdk';
import { kitStyles } from '../../../widget/src/kit/styles.ts';
import { translator } from '../messages.ts';
import { Names } from '../names.ts';
import type { StaffClient } from '../staff-client.ts';
import { workspaceStyles } from '../workspace.styles.ts';

/**
 * What every section of the workspace (agenda, call-backs, monitoring, outbox) is given by
 * `<vangnet-staff-workspace>`: the signed-in staff client, who is signed in, and the catalog.
 * A section loads its own data when it is connected and renders under its own `<h2>`.
 */
export abstract class StaffSection extends LitElement {
  static override styles = [kitStyles, workspaceStyles];

  /** The staff API, signed in; the workspace owns it (the token lives there only). */
  @property({ attribute: false }) staff!: StaffClient;

  /** Who is signed in and what their grants allow. */
  @property({ attribute: false }) me!: StaffMe;

  /** The public API with the workspace's partner key (free slots, to move an appointment to). */
  @property({ attribute: false }) client: VangnetClient | undefined;

  /** The region's catalog (service and municipality names), when it could be loaded. */
  @property({ attribute: false }) catalog: Catalog | undefined;

  /** The workspace's language: `nl`, `en`, or `ar`, `tr`, `pl` once their texts are here. */
  @property() override lang = 'nl';

  /** Catalog ids and moments as people read them, in the section's language. */
  protected get names(): Names {
    return new Names(translator(this.lang), this.catalog, []);
  }

  /** Moves focus to the section's heading, so that a keyboard user starts at its top. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }
}
