// A minimal component on the core, for the core's own tests.
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { oneOfRule, catalogIdRule, type AttributeRule } from '../attributes.ts';
import { vangnetStyles } from '../styles.ts';
import { VangnetElement } from '../vangnet-element.ts';

export class VangnetTestElement extends VangnetElement {
  static override styles = [
    vangnetStyles,
    css`
      :host {
        --vangnet-reserved-height: 10rem;
      }
      .content {
        block-size: 10rem;
      }
    `,
  ];

  @property() service = '';

  override attributeRules(): readonly AttributeRule[] {
    return [
      oneOfRule('service', ['pluscoaching', 'absenteeism']),
      catalogIdRule('municipality', (catalog) => catalog.municipalities),
    ];
  }

  override renderContent() {
    return html`<div class="content">
      <p>${this.connection.catalog?.region.name}</p>
      <button type="button" @click=${this.#step}>Next</button>
    </div>`;
  }

  #step(): void {
    this.emit('vangnet-step', { component: 'referral-form', step: 'review', index: 1, total: 3 });
  }
}

if (!customElements.get('vangnet-test-element')) {
  customElements.define('vangnet-test-element', VangnetTestElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'vangnet-test-element': VangnetTestElement;
  }
}
