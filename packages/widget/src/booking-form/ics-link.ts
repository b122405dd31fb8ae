import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { appointmentToIcs, type Appointment, type IcsOptions } from '@vangnet/sdk';

/**
 * The `.ics` file of an appointment as a Blob URL for a `download` link: no `data:` URL (which a
 * strict CSP may block and which puts the whole file in the DOM), revoked when replaced or when the
 * element leaves the page.
 */
export class IcsLink implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #href: string | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The Blob URL of the current file, if any. */
  get href(): string | undefined {
    return this.#href;
  }

  set(appointment: Appointment, options: IcsOptions): void {
    this.clear();
    const file = new Blob([appointmentToIcs(appointment, options)], { type: 'text/calendar' });
    this.#href = URL.createObjectURL(file);
    this.#host.requestUpdate();
  }

  clear(): void {
    if (this.#href) URL.revokeObjectURL(this.#href);
    this.#href = undefined;
  }

  hostDisconnected(): void {
    this.clear();
  }
}
