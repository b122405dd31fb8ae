/** Node's `createHash`, where the platform is Node (22.3+ has `process.getBuiltinModule`). */
const nodeHash = (
  globalThis as {
    process?: {
      getBuiltinModule?: (name: string) => {
        createHash(algorithm: string): {
          update(text: string): { digest(encoding: 'hex'): string };
        };
      };
    };
  }
).process?.getBuiltinModule?.('node:crypto').createHash;

/**
 * SHA-256 of a secret (a token, a partner key) as hex: what the stores keep instead of the
 * secret. Tokens are 192 random bits, so a fast hash is enough: there is nothing to brute-force.
 */
export async function hashSecret(secret: string): Promise<string> {
  // In Node, the synchronous hash: WebCrypto's goes through the thread pool, which costs more
  // than the hash itself on every request. Browsers and workers (the mock) take WebCrypto.
  if (nodeHash) return nodeHash('sha256').update(secret).digest('hex');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Compares in constant time, so a secret cannot be guessed one character at a time. */
export function sameText(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    difference |= (a.charCodeAt(index) || 0) ^ (b.charCodeAt(index) || 0);
  }
  return difference === 0;
}
