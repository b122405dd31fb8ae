import type { Catalog, LocalisedText, Organisation } from '@vangnet/sdk';
import { intlLocale } from '../../widget/src/i18n/format.ts';
import type { StaffTranslator } from './messages.ts';

/**
 * Ids as people read them: catalog labels in the workspace's language (Dutch when a label has
 * no translation), organisation names, dates in Amsterdam. An unknown id shows as itself.
 */
export class Names {
  readonly t: StaffTranslator;
  readonly #catalog: Catalog | undefined;
  readonly #organisations: readonly Organisation[];

  constructor(
    t: StaffTranslator,
    catalog: Catalog | undefined,
    organisations: readonly Organisation[],
  ) {
    this.t = t;
    this.#catalog = catalog;
    this.#organisations = organisations;
  }

  label(text: LocalisedText | undefined, fallback: string): string {
    if (!text) return fallback;
    return text[this.t.lang as keyof LocalisedText] ?? text['nl'] ?? fallback;
  }

  municipality(id: string): string {
    return this.#catalog?.municipalities.find((item) => item.id === id)?.name ?? id;
  }

  service(id: string): string {
    return this.label(this.#catalog?.services.find((item) => item.id === id)?.label, id);
  }

  coachingForm(id: string | undefined): string {
    if (!id) return this.t.msg('detail.none');
    return this.label(this.#catalog?.coachingForms.find((item) => item.id === id)?.label, id);
  }

  organisation(id: string | undefined): string {
    if (!id) return this.t.msg('detail.none');
    return this.#organisations.find((item) => item.id === id)?.name ?? id;
  }

  reason(id: string): string {
    return this.label(this.#catalog?.reasons.find((item) => item.id === id)?.label, id);
  }

  referrerRole(id: string): string {
    return this.label(this.#catalog?.referrerRoles.find((item) => item.id === id)?.label, id);
  }

  /** A calendar date (`2026-03-02`) or a moment, as a date in Amsterdam. */
  date(value: string): string {
    const locale = intlLocale(this.t.lang);
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T12:00:00Z`)
      : new Date(value);
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeZone: 'Europe/Amsterdam',
    }).format(date);
  }

  /** A moment (`2026-03-02T09:15:00+01:00`) as a date and time in Amsterdam. */
  dateTime(value: string): string {
    const locale = intlLocale(this.t.lang);
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Amsterdam',
    }).format(new Date(value));
  }

  appointmentTopic(id: string): string {
    return this.label(this.#catalog?.appointmentTopics.find((item) => item.id === id)?.label, id);
  }
}
