/**
 * A small seeded pseudo-random generator (mulberry32): demo data, references and error-rate
 * scenarios come out the same on every run, so tests are repeatable.
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements (fewer if the list is shorter), in the list's order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** A string of `length` characters from `alphabet`. */
  string(length: number, alphabet: string): string;
}

export function createRandom(seed: number): Random & { /** Back to the seed. */ reset(): void } {
  let state = seed >>> 0;
  const random = randomFrom(() => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  });
  return Object.assign(random, { reset: () => void (state = seed >>> 0) });
}

/**
 * Draws from the platform's CSPRNG: the server's references and ids, which must not be
 * predictable from one another.
 */
export const cryptoRandom: Random = randomFrom(
  () => (crypto.getRandomValues(new Uint32Array(1))[0] as number) / 4294967296,
);

function randomFrom(next: () => number): Random {
  const int = (max: number) => Math.floor(next() * max);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => items[int(items.length)] as T,
    sample<T>(items: readonly T[], count: number) {
      const chosen = new Set<number>();
      while (chosen.size < Math.min(count, items.length)) chosen.add(int(items.length));
      return [...chosen].sort((a, b) => a - b).map((index) => items[index] as T);
    },
    string(length: number, alphabet: string) {
      let result = '';
      for (let index = 0; index < length; index++) result += alphabet[int(alphabet.length)];
      return result;
    },
  };
}

/** A stable 32-bit hash of a string, to derive per-thing seeds (a day's slots, an organisation). */
export function hashString(text: string): number {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}
