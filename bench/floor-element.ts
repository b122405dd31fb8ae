// The floor: a bare Lit element with a heading and a paragraph, bundled and loaded the same way as
// the components. A component's figures are read as a ratio to this element's, measured in the
// same run, because absolute milliseconds on a shared machine mean little.
import { LitElement, css, html } from 'lit';

class BenchFloor extends LitElement {
  static override styles = css`
    :host {
      display: block;
      min-height: 20em;
    }
  `;

  override render() {
    return html`<h2>Praat met een casemanager</h2>
      <p>Een lege Lit-component: de ondergrens voor de meting.</p>`;
  }
}
customElements.define('bench-floor', BenchFloor);
