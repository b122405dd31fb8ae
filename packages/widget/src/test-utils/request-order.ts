/**
 * Test support: proves that a component sends a request beside the catalog's rather than after it.
 * Every request is reported to `seen` before the mock answers it; the catalog's answer waits until
 * the awaited request has been sent, or a second has passed. In `steps`, a component that waits for
 * the catalog first shows its request only after "catalog answered".
 */
export class RequestOrder {
  readonly steps: string[] = [];
  readonly #awaited: string;
  readonly #sent: Promise<void>;
  #markSent = () => {};

  /** @param awaited - the start of the request's path, e.g. `/v1/locations` */
  constructor(awaited: string) {
    this.#awaited = awaited;
    this.#sent = new Promise((resolve) => (this.#markSent = resolve));
  }

  /** Reports a request about to be answered; resolves when it may be. */
  async seen(url: string): Promise<void> {
    const path = url.slice(url.indexOf('/v1/'));
    this.steps.push(`asked ${path}`);
    if (path.startsWith(this.#awaited)) this.#markSent();
    if (path !== '/v1/catalog') return;
    await Promise.race([this.#sent, new Promise((resolve) => setTimeout(resolve, 1000))]);
    this.steps.push('catalog answered');
  }
}
