import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/** Placeholder element. */
@customElement('vangnet-hello')
export class VangnetHello extends LitElement {
  @property() accessor name = 'Vangnet';

  override render() {
    return html`<p>Hallo ${this.name}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vangnet-hello': VangnetHello;
  }
}
