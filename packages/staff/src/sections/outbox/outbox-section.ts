import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { StaffOutboxMessage } from '@vangnet/sdk';
import { StaffSection } from '../staff-section.ts';
import { loadingOrFailed, type SectionLoad } from '../section-views.ts';
import { outboxTranslator } from './outbox.messages.ts';

type StateFilter = StaffOutboxMessage['state'] | '';

const states: readonly StaffOutboxMessage['state'][] = ['pending', 'sent', 'dead'];
const kinds = [
  'appointment-booked',
  'appointment-rescheduled',
  'appointment-cancelled',
  'appointment-reminder',
  'referral-waiting',
  'callback-received',
] as const;

/**
 * @summary The outbox of messages for an admin: pending, sent and dead letters; recipient and text only while the development sign-in is on.
 *
 * Without `VANGNET_SMTP_URL` email stays in the outbox; with the development sign-in on, the API
 * gives each message's recipient and text, so a demo can read its own confirmation and follow its
 * manage link. The text is shown as plain text (Lit escapes it), never rendered as HTML.
 */
export class VangnetStaffOutbox extends StaffSection {
  static override styles = [
    ...StaffSection.styles,
    css`
      .card[data-state='dead'] {
        border-color: var(--_color-error);
        border-inline-start-width: 0.4em;
      }
      .state {
        display: inline-block;
        font-weight: var(--_label-font-weight);
        border: var(--_border-width) solid var(--_color-border);
        border-radius: var(--_radius-panel);
        padding: 0 0.5em;
      }
      [data-state='dead'] .state {
        color: var(--_color-error);
        border-color: var(--_color-error);
        background-color: var(--_color-error-background);
      }
      .text {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        font-family: inherit;
        margin: 0;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: var(--_space-m);
        margin-block-end: var(--_space-m);
      }
      .toolbar .field {
        min-inline-size: 10em;
        margin: 0;
      }
    `,
  ];

  @state() private load: SectionLoad = 'loading';
  @state() private messages: readonly StaffOutboxMessage[] = [];
  @state() private filter: StateFilter = '';
  @state() private announcement = '';

  get #t() {
    return outboxTranslator(this.lang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load(false);
  }

  async #load(announce: boolean): Promise<void> {
    this.load = 'loading';
    try {
      this.messages = await this.staff.outbox({
        ...(this.filter ? { state: this.filter } : {}),
        limit: 100,
      });
      this.load = 'ready';
      if (announce) {
        this.announcement = this.#t.msg('refreshed', { count: this.messages.length });
      }
    } catch {
      this.load = 'failed';
    }
  }

  /** A kind as people read it; a kind this screen does not know yet shows as its id. */
  #kind(kind: string): string {
    const known = kinds.find((item) => item === kind);
    return known ? this.#t.msg(`kind.${known}`) : kind;
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const showsContent = this.messages.some((message) => message.to ?? message.text);
    return html`<section aria-labelledby="section-title">
      <h2 id="section-title" tabindex="-1">${t.msg('title')}</h2>
      <p>${t.msg('intro')}</p>
      ${showsContent ? html`<p>${t.msg('intro.content')}</p>` : nothing}
      <div class="toolbar">
        <div class="field">
          <label class="label" for="state-filter">${t.msg('filter')}</label>
          <select
            id="state-filter"
            class="input select"
            @change=${(event: Event) => {
              this.filter = (event.target as HTMLSelectElement).value as StateFilter;
              void this.#load(true);
            }}
          >
            <option value="" ?selected=${this.filter === ''}>${t.msg('filter.all')}</option>
            ${states.map(
              (item) =>
                html`<option value=${item} ?selected=${item === this.filter}>
                  ${t.msg(`state.${item}`)}
                </option>`,
            )}
          </select>
        </div>
        <button type="button" class="button button-secondary" @click=${() => void this.#load(true)}>
          ${t.msg('refresh')}
        </button>
      </div>
      ${this.#body()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #body(): TemplateResult {
    const t = this.#t;
    // Refreshing keeps the list in view until the new one is there.
    const waiting =
      this.load === 'loading' && this.messages.length > 0
        ? undefined
        : loadingOrFailed(this.load, this.lang, () => void this.#load(true));
    if (waiting) return waiting;
    if (this.messages.length === 0) return html`<p>${t.msg('empty')}</p>`;
    return html`<p>${t.msg('shown', { count: this.messages.length })}</p>
      <ul class="cards">
        ${this.messages.map((message) => this.#card(message))}
      </ul>`;
  }

  #card(message: StaffOutboxMessage): TemplateResult {
    const t = this.#t;
    const names = this.names;
    const field = (label: string, value: TemplateResult | string | number) =>
      html`<div>
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`;
    return html`<li class="card" data-id=${message.id} data-state=${message.state}>
      <h3>${message.subject}</h3>
      <p><span class="state">${t.msg(`state.${message.state}`)}</span></p>
      <dl>
        ${field(t.msg('kind'), this.#kind(message.kind))}
        ${field(t.msg('channel'), t.msg(`channel.${message.channel}`))}
        ${field(t.msg('reference'), html`<span dir="ltr">${message.reference}</span>`)}
        ${field(t.msg('attempts'), message.attempts)}
        ${field(t.msg('createdAt'), names.dateTime(message.createdAt))}
        ${
          message.deliveredAt
            ? field(t.msg('deliveredAt'), names.dateTime(message.deliveredAt))
            : nothing
        }
        ${
          message.nextAttemptAt
            ? field(t.msg('nextAttemptAt'), names.dateTime(message.nextAttemptAt))
            : nothing
        }
        ${message.lastError ? field(t.msg('lastError'), message.lastError) : nothing}
        ${message.to ? field(t.msg('to'), html`<span dir="ltr">${message.to}</span>`) : nothing}
        ${
          message.text
            ? field(t.msg('text'), html`<pre class="text">${message.text}</pre>`)
            : nothing
        }
      </dl>
    </li>`;
  }
}

if (!customElements.get('vangnet-staff-outbox'))
  customElements.define('vangnet-staff-outbox', VangnetStaffOutbox);

declare global {
  interface HTMLElementTagNameMap {
    'vangnet-staff-outbox': VangnetStaffOutbox;
  }
}
