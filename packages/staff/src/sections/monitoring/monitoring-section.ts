import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { MonitoringRow, ServiceId } from '@vangnet/sdk';
import { intlLocale } from '../../../../widget/src/i18n/format.ts';
import { translator } from '../../messages.ts';
import { StaffSection } from '../staff-section.ts';
import { loadingOrFailed, type SectionLoad } from '../section-views.ts';
import { chartStyles, monitoringChart } from './monitoring-chart.ts';
import {
  amsterdamMonth,
  countNames,
  monthTotals,
  targetService,
  yearTotals,
  yearlyTarget,
  type MonthTotals,
} from './monitoring-data.ts';
import { monitoringTranslator } from './monitoring.messages.ts';

/** How many years back the year choice goes. */
const yearsBack = 4;

/**
 * @summary The monthly monitoring: counts per month as a table and a simple chart against the yearly target, and the CSV download.
 *
 * The table holds every figure; the chart (cumulative Pluscoaching referrals against 350 a year
 * pro rata) is an image named by the sentence beside it. The CSV comes through the staff client,
 * with the token in its header, and is offered as a `blob:` link: no token in an address.
 */
export class VangnetStaffMonitoring extends StaffSection {
  static override styles = [
    ...StaffSection.styles,
    chartStyles,
    css`
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--_space-m);
        border: 0;
        padding: 0;
        margin: 0 0 var(--_space-m);
      }
      .choices .field {
        min-inline-size: 10em;
        flex: 1 1 10em;
      }
      td.count,
      th.count {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      figure {
        margin: 0 0 var(--_space-l);
      }
    `,
  ];

  @state() private load: SectionLoad = 'loading';
  @state() private rows: readonly MonitoringRow[] = [];
  @state() private year = amsterdamMonth(new Date()).year;
  @state() private service: ServiceId | '' = '';
  @state() private csv: { url: string; file: string } | undefined;
  @state() private csvFailed = false;
  @state() private announcement = '';

  get #t() {
    return monitoringTranslator(this.lang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#forgetCsv();
  }

  /** The services the grants let this person count: a coordinator's own, an admin's all. */
  get #services(): readonly string[] {
    const all = this.catalog?.services.map((service) => service.id) ?? [targetService];
    const own = new Set<string>();
    for (const grant of this.me.grants) {
      if (grant.role === 'admin') return all;
      if (grant.role === 'coordinator') own.add(grant.service);
    }
    return all.filter((service) => own.has(service));
  }

  get #query() {
    return {
      from: `${this.year}-01`,
      to: `${this.year}-12`,
      ...(this.service ? { service: this.service } : {}),
    };
  }

  async #load(): Promise<void> {
    this.load = 'loading';
    this.#forgetCsv();
    try {
      this.rows = await this.staff.monitoring(this.#query);
      this.load = 'ready';
    } catch {
      this.load = 'failed';
    }
  }

  #forgetCsv(): void {
    if (this.csv) URL.revokeObjectURL(this.csv.url);
    this.csv = undefined;
    this.csvFailed = false;
  }

  async #makeCsv(): Promise<void> {
    this.#forgetCsv();
    const file = `vangnet-monitoring-${this.year}${this.service ? `-${this.service}` : ''}.csv`;
    try {
      const blob = await this.staff.monitoringCsv(this.#query);
      this.csv = { url: URL.createObjectURL(blob), file };
      this.announcement = this.#t.msg('csv.ready', { file });
    } catch {
      this.csvFailed = true;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.csv ? '#csv-link' : '#csv-make')?.focus();
  }

  #monthName(month: string, style: 'long' | 'narrow'): string {
    return new Intl.DateTimeFormat(intlLocale(this.#t.lang), {
      month: style,
      timeZone: 'UTC',
    }).format(new Date(`${month}-15T12:00:00Z`));
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    return html`<section aria-labelledby="section-title">
      <h2 id="section-title" tabindex="-1">${t.msg('title')}</h2>
      <p>${t.msg('intro')}</p>
      ${this.#choices()} ${this.#body()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #choices(): TemplateResult {
    const t = this.#t;
    const names = this.names;
    const now = amsterdamMonth(new Date()).year;
    const years = Array.from({ length: yearsBack + 1 }, (_, index) => now - index);
    const services = this.#services;
    return html`<fieldset class="choices">
      <legend class="visually-hidden">${t.msg('choices')}</legend>
      <div class="field">
        <label class="label" for="year">${t.msg('year')}</label>
        <select
          id="year"
          class="input select"
          @change=${(event: Event) => {
            this.year = Number((event.target as HTMLSelectElement).value);
            void this.#load();
          }}
        >
          ${years.map(
            (year) => html`<option value=${year} ?selected=${year === this.year}>${year}</option>`,
          )}
        </select>
      </div>
      ${
        services.length > 1
          ? html`<div class="field">
              <label class="label" for="service">${t.msg('service')}</label>
              <select
                id="service"
                class="input select"
                @change=${(event: Event) => {
                  this.service = (event.target as HTMLSelectElement).value as ServiceId | '';
                  void this.#load();
                }}
              >
                <option value="" ?selected=${this.service === ''}>${t.msg('service.all')}</option>
                ${services.map(
                  (service) =>
                    html`<option value=${service} ?selected=${service === this.service}>
                      ${names.service(service)}
                    </option>`,
                )}
              </select>
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  #body(): TemplateResult {
    const waiting = loadingOrFailed(this.load, this.lang, () => void this.#load());
    if (waiting) return waiting;
    const months = monthTotals(this.rows, this.year, amsterdamMonth(new Date()));
    const counted =
      this.#services.includes(targetService) && (!this.service || this.service === targetService);
    return html`${this.#chart(months, counted)} ${this.#table(months, counted)} ${this.#download()}`;
  }

  #chart(months: readonly MonthTotals[], counted: boolean): TemplateResult | typeof nothing {
    const t = this.#t;
    if (!this.#services.includes(targetService)) return nothing;
    if (!counted) return html`<p>${t.msg('chart.none', { target: yearlyTarget })}</p>`;
    const last = months.at(-1);
    if (!last) return html`<p>${t.msg('chart.noMonths')}</p>`;
    return html`<figure>
      <h3>${t.msg('chart.title', { target: yearlyTarget })}</h3>
      ${monitoringChart(months, 'chart-summary', (month) => this.#monthName(month, 'narrow'))}
      <figcaption>
        <p id="chart-summary">
          ${t.msg('chart.summary', {
            year: this.year,
            month: this.#monthName(last.month, 'long'),
            count: last.cumulative,
            target: yearlyTarget,
            due: last.target,
          })}
        </p>
        <p>${t.msg('chart.legend', { target: yearlyTarget })}</p>
      </figcaption>
    </figure>`;
  }

  #table(months: readonly MonthTotals[], counted: boolean): TemplateResult {
    const t = this.#t;
    const totals = yearTotals(months);
    return html`<div class="table-box" role="region" aria-labelledby="table-caption" tabindex="0">
      <table>
        <caption id="table-caption">
          ${t.msg('table.caption', { year: this.year })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.msg('month')}</th>
            ${countNames.map((name) => html`<th scope="col" class="count">${t.msg(name)}</th>`)}
            ${
              counted
                ? html`<th scope="col" class="count">${t.msg('cumulative')}</th>
                    <th scope="col" class="count">${t.msg('target')}</th>`
                : nothing
            }
          </tr>
        </thead>
        <tbody>
          ${months.map(
            (item) =>
              html`<tr data-month=${item.month}>
                <th scope="row">${this.#monthName(item.month, 'long')}</th>
                ${countNames.map((name) => html`<td class="count">${item.counts[name]}</td>`)}
                ${
                  counted
                    ? html`<td class="count">${item.cumulative}</td>
                        <td class="count">${item.target}</td>`
                    : nothing
                }
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${t.msg('total')}</th>
            ${countNames.map((name) => html`<td class="count">${totals[name]}</td>`)}
            ${
              counted
                ? html`<td class="count">${months.at(-1)?.cumulative ?? 0}</td>
                    <td class="count">${months.at(-1)?.target ?? 0}</td>`
                : nothing
            }
          </tr>
        </tfoot>
      </table>
    </div>`;
  }

  #download(): TemplateResult {
    const t = this.#t;
    return html`<h3>${t.msg('csv.title')}</h3>
      ${
        this.csvFailed
          ? html`<div class="banner banner-error" role="alert">
              <p>${translator(this.lang).msg('failed')}</p>
            </div>`
          : nothing
      }
      <div class="actions">
        <button
          id="csv-make"
          type="button"
          class="button button-secondary"
          @click=${() => void this.#makeCsv()}
        >
          ${t.msg('csv.make')}
        </button>
        ${
          this.csv
            ? html`<a
                id="csv-link"
                class="button button-primary"
                href=${this.csv.url}
                download=${this.csv.file}
                >${t.msg('csv.download', { file: this.csv.file })}</a
              >`
            : nothing
        }
      </div>`;
  }
}

if (!customElements.get('vangnet-staff-monitoring'))
  customElements.define('vangnet-staff-monitoring', VangnetStaffMonitoring);

declare global {
  interface HTMLElementTagNameMap {
    'vangnet-staff-monitoring': VangnetStaffMonitoring;
  }
}
