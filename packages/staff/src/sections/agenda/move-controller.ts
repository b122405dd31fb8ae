import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Slot, StaffAppointment, VangnetClient } from '@vangnet/sdk';
import { addDays, todayInAmsterdam } from './agenda-format.ts';
import type { Moving } from './needs-move-view.ts';

/** How far ahead a move offers free times: four weeks of the public calendar. */
const moveDays = 28;

/** What the controller needs of its element. */
export interface MoveHost extends ReactiveControllerHost {
  /** The public API with the partner key: `GET /v1/slots`. */
  readonly client: VangnetClient | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The one appointment being moved: the free times of its location and topic, loaded from the
 * public calendar (the same a young person is offered), the time chosen, and what to say at the
 * choice. Focus goes to the choice whenever it appears or has something to say.
 */
export class MoveController implements ReactiveController {
  readonly #host: MoveHost;
  #moving: Moving | undefined;

  constructor(host: MoveHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  get moving(): Moving | undefined {
    return this.#moving;
  }

  #set(moving: Moving | undefined): void {
    this.#moving = moving;
    this.#host.requestUpdate();
  }

  /** Loads the free times for `appointment`, with `error` to say at the choice (a 409). */
  async start(appointment: StaffAppointment, error?: string): Promise<void> {
    const reference = appointment.reference;
    this.#set({ reference, slots: 'loading', chosen: '', error: undefined });
    const from = todayInAmsterdam();
    let slots: Moving['slots'];
    try {
      if (!this.#host.client) throw new Error('No public client');
      slots = (
        await this.#host.client.slots.list({
          location: appointment.locationId,
          topic: appointment.topic,
          from,
          to: addDays(from, moveDays),
        })
      ).items;
    } catch {
      slots = 'failed';
    }
    if (this.#moving?.reference !== reference) return;
    this.#set({ reference, slots, chosen: '', error });
    await this.#focusChoice();
  }

  choose(slotId: string): void {
    if (this.#moving) this.#set({ ...this.#moving, chosen: slotId, error: undefined });
  }

  /** The chosen free time; without one, `required` is said at the choice. */
  chosen(required: string): Slot | undefined {
    const moving = this.#moving;
    if (!moving || !Array.isArray(moving.slots)) return undefined;
    const slot = (moving.slots as readonly Slot[]).find((item) => item.id === moving.chosen);
    if (!slot) {
      this.#set({ ...moving, error: required });
      void this.#focusChoice();
    }
    return slot;
  }

  /** Stops moving; returns the reference that was being moved. */
  stop(): string | undefined {
    const reference = this.#moving?.reference;
    this.#set(undefined);
    return reference;
  }

  async #focusChoice(): Promise<void> {
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('#move-slot')?.focus();
  }
}
