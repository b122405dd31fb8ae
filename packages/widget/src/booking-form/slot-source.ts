import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { amsterdamDate, type Slot, type SlotQuery, type VangnetClient } from '@vangnet/sdk';
import {
  buildCalendar,
  mondayOf,
  slotById,
  type DateWindow,
  type SlotCalendar,
} from './slot-calendar.ts';

/** Where loading the slots is. */
export type SlotSourceState = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The free slots of one location, topic and channel: loaded once per query (a stale answer is
 * aborted), grouped into a calendar once, and the week and day on screen.
 */
export class SlotSource implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #query = '';
  #loading: AbortController | undefined;
  state: SlotSourceState = 'idle';
  calendar: SlotCalendar | undefined;
  /** Every slot the API returned, before the age window: to tell "full" from "too old later". */
  all: readonly Slot[] = [];
  week = '';
  day: string | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#loading?.abort();
    this.#query = '';
  }

  /**
   * Loads the slots for `query` unless they are already there (`fresh` loads again, after a 409).
   * Shows the week of `selectedId`, or of the first free slot.
   */
  load(
    client: VangnetClient,
    query: SlotQuery,
    window: DateWindow,
    options: { fresh?: boolean; selectedId?: string | undefined } = {},
  ): void {
    const key = JSON.stringify([query, window]);
    if (key === this.#query && !options.fresh && this.state !== 'failed') return;
    this.#query = key;
    this.#loading?.abort();
    const loading = (this.#loading = new AbortController());
    this.state = 'loading';
    this.#host.requestUpdate();
    client.slots.list(query, { signal: loading.signal }).then(
      ({ items }) => {
        if (loading.signal.aborted) return;
        this.all = items;
        this.calendar = buildCalendar(items, window);
        this.state = 'ready';
        const selected = slotById(this.calendar, options.selectedId);
        this.#show(selected ?? this.calendar.first);
        this.#host.requestUpdate();
      },
      () => {
        if (loading.signal.aborted) return;
        this.state = 'failed';
        this.#host.requestUpdate();
      },
    );
  }

  /** The slot with this id in the calendar. */
  find(id: unknown): Slot | undefined {
    return this.calendar ? slotById(this.calendar, id) : undefined;
  }

  /** Whether the API offered slots after `date`, which the age window left out. */
  reachesBeyond(date: string): boolean {
    const last = this.all[this.all.length - 1];
    return last !== undefined && amsterdamDate(new Date(last.start)) > date;
  }

  /** Shows a week, and its first day with free times. */
  showWeek(monday: string): void {
    this.week = monday;
    const days = [...(this.calendar?.days.keys() ?? [])];
    this.day = days.find((day) => mondayOf(day) === monday);
    this.#host.requestUpdate();
  }

  showDay(date: string): void {
    this.day = date;
    this.#host.requestUpdate();
  }

  #show(slot: Slot | undefined): void {
    if (!slot || !this.calendar) {
      this.week = this.calendar?.weeks[0] ?? '';
      this.day = undefined;
      return;
    }
    for (const [day, slots] of this.calendar.days) {
      if (slots.includes(slot)) {
        this.day = day;
        this.week = mondayOf(day);
        return;
      }
    }
  }
}
