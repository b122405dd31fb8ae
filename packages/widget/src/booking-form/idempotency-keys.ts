/**
 * One idempotency key per request body: sending the same booking again (a retry after a network
 * fault, a second press) reuses the key, so the API answers with the first result; a changed body
 * (another slot after a 409) gets a new key, because the API rejects a key reused with another body.
 */
export class IdempotencyKeys {
  #body = '';
  #key = '';

  keyFor(body: unknown): string {
    const serialised = JSON.stringify(body);
    if (serialised !== this.#body || !this.#key) {
      this.#body = serialised;
      this.#key = crypto.randomUUID();
    }
    return this.#key;
  }

  clear(): void {
    this.#body = '';
    this.#key = '';
  }
}
