// Runs the generated cases of one category, prints how many it tried, and fails with the first
// few that went wrong: one line of output per category instead of a thousand test names.
import assert from 'node:assert/strict';

export interface SecurityCase {
  readonly name: string;
  run(): Promise<void>;
}

/** `1,240`: the count as the summary line prints it. */
export const formatCount = (count: number) => count.toLocaleString('en-US');

/** Runs `cases`, `parallel` at a time, and asserts that none failed. Answers how many ran. */
export async function tally(
  category: string,
  cases: Iterable<SecurityCase>,
  parallel = 8,
): Promise<number> {
  const queue = [...cases];
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const item = queue[next++] as SecurityCase;
      try {
        await item.run();
      } catch (error) {
        failures.push(`${item.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  console.log(
    `security: ${category} — ${formatCount(queue.length)} cases tried, ${formatCount(failures.length)} failed`,
  );
  assert.deepEqual(failures.slice(0, 10), [], `${failures.length} of ${queue.length} failed`);
  return queue.length;
}

/** Collects unhandled rejections while a test runs; `stop()` answers them and stops listening. */
export function watchUnhandledRejections(): { stop(): Promise<unknown[]> } {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', listener);
  return {
    async stop() {
      // A rejection is reported as unhandled only after the microtasks of its turn have run.
      await new Promise((resolve) => setImmediate(resolve));
      process.off('unhandledRejection', listener);
      return seen;
    },
  };
}

/** Resolves with `promise`'s outcome, or rejects when it takes longer than `ms`: no case may hang. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} still pending after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, hang]);
  } finally {
    clearTimeout(timer);
  }
}
