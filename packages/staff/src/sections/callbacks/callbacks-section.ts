import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { StaffCallbackRequest } from '@vangnet/sdk';
import { StaffSection } from '../staff-section.ts';
import { loadingOrFailed, type SectionLoad } from '../section-views.ts';
import { callbacksTranslator } from './callbacks.messages.ts';

/**
 * @summary The call-back requests of a casemanager's locations: open ones first, marked as called.
 *
 * The phone number is shown because it is what the casemanager calls; it is never written to a
 * log, the address or an event. "Gebeld" saves at once (marking a call is not destructive and
 * the server keeps the first time it was marked), moves the request under "Gebeld", says so in
 * the live region and puts focus on the request in its new place.
 */
export class VangnetStaffCallbacks extends StaffSection {
  @state() private load: SectionLoad = 'loading';
  @state() private requests: readonly StaffCallbackRequest[] = [];
  /** The requests being saved, so their button is not pressed twice. */
  @state() private saving: ReadonlySet<string> = new Set();
  @state() private announcement = '';
  @state() private problem = '';

  get #t() {
    return callbacksTranslator(this.lang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  async #load(): Promise<void> {
    this.load = 'loading';
    try {
      this.requests = await this.staff.callbacks();
      this.load = 'ready';
    } catch {
      this.load = 'failed';
    }
  }

  async #markCalled(request: StaffCallbackRequest): Promise<void> {
    const t = this.#t;
    const { reference } = request;
    this.problem = '';
    this.saving = new Set([...this.saving, reference]);
    try {
      const saved = await this.staff.called(reference);
      this.requests = this.requests.map((item) => (item.reference === reference ? saved : item));
      this.announcement = t.msg('marked.announce', { reference });
    } catch {
      this.problem = t.msg('marked.failed', { reference });
    } finally {
      this.saving = new Set([...this.saving].filter((item) => item !== reference));
    }
    await this.updateComplete;
    // Saved: the request in its new place under "Gebeld"; not saved: its button, to try again.
    const target = this.problem
      ? this.renderRoot.querySelector<HTMLElement>(`[data-reference="${reference}"] button`)
      : this.renderRoot.querySelector<HTMLElement>(`[data-reference="${reference}"] h4`);
    target?.focus();
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    return html`<section aria-labelledby="section-title">
      <h2 id="section-title" tabindex="-1">${t.msg('title')}</h2>
      <p>${t.msg('intro')}</p>
      ${this.#body()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #body(): TemplateResult {
    const t = this.#t;
    const waiting = loadingOrFailed(this.load, this.lang, () => void this.#load());
    if (waiting) return waiting;
    const open = this.requests.filter((request) => request.state === 'open');
    // The most recently called first: the one just marked is at the top of its list.
    const called = this.requests
      .filter((request) => request.state === 'called')
      .sort((a, b) => (b.calledAt ?? '').localeCompare(a.calledAt ?? ''));
    return html`${
        this.problem
          ? html`<div class="banner banner-error" role="alert"><p>${this.problem}</p></div>`
          : nothing
      }
      <section aria-labelledby="open-title">
        <h3 id="open-title">${t.msg('open.title')} (${open.length})</h3>
        ${this.#list(open, t.msg('open.empty'))}
      </section>
      <section aria-labelledby="called-title">
        <h3 id="called-title">${t.msg('called.title')} (${called.length})</h3>
        ${this.#list(called, t.msg('called.empty'))}
      </section>`;
  }

  #list(requests: readonly StaffCallbackRequest[], empty: string): TemplateResult {
    if (requests.length === 0) return html`<p>${empty}</p>`;
    return html`<ul class="cards">
      ${requests.map((request) => this.#card(request))}
    </ul>`;
  }

  #card(request: StaffCallbackRequest): TemplateResult {
    const t = this.#t;
    const names = this.names;
    const { reference, input } = request;
    const field = (label: string, value: TemplateResult | string) =>
      html`<div>
        <dt>${label}</dt>
        <dd><bdi>${value}</bdi></dd>
      </div>`;
    return html`<li class="card" data-reference=${reference} data-state=${request.state}>
      <h4 tabindex="-1">${t.msg('request', { reference })}</h4>
      <dl>
        ${field(t.msg('received'), names.dateTime(request.createdAt))}
        ${input.topic ? field(t.msg('topic'), names.appointmentTopic(input.topic)) : nothing}
        ${field(t.msg('name'), input.name)}
        ${field(
          t.msg('phone'),
          html`<a dir="ltr" href=${`tel:${input.phone.replace(/[^\d+]/g, '')}`}>${input.phone}</a>`,
        )}
        ${input.preferredTimes ? field(t.msg('preferredTimes'), input.preferredTimes) : nothing}
        ${request.calledAt ? field(t.msg('calledAt'), names.dateTime(request.calledAt)) : nothing}
      </dl>
      ${
        request.state === 'open'
          ? html`<div class="actions">
              <button
                type="button"
                class="button button-primary"
                aria-label=${t.msg('markCalledFor', { reference })}
                aria-disabled=${this.saving.has(reference) ? 'true' : 'false'}
                @click=${() => {
                  if (!this.saving.has(reference)) void this.#markCalled(request);
                }}
              >
                ${t.msg('markCalled')}
              </button>
            </div>`
          : nothing
      }
    </li>`;
  }
}

if (!customElements.get('vangnet-staff-callbacks'))
  customElements.define('vangnet-staff-callbacks', VangnetStaffCallbacks);

declare global {
  interface HTMLElementTagNameMap {
    'vangnet-staff-callbacks': VangnetStaffCallbacks;
  }
}
