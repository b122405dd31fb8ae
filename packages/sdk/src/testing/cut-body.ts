// An answer whose connection drops (or hangs) halfway through the body: the status and headers
// arrive, half the bytes follow, then the error a browser or Node reports — or nothing at all.

/** How the body ends after its first half: a connection error, or no further bytes ever. */
export type BodyEnding = 'error' | 'stall';

/**
 * `whole` with only the first half of its body. The error's message defaults to Node's
 * (`terminated`); browsers say `network error` (Chromium) or `Error in body stream` (Firefox).
 */
export async function cutHalfway(
  whole: Response,
  ending: BodyEnding = 'error',
  message = 'terminated',
): Promise<Response> {
  const bytes = new Uint8Array(await whole.arrayBuffer());
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.slice(0, Math.floor(bytes.length / 2)));
      if (ending === 'error') controller.error(new TypeError(message));
    },
  });
  return new Response(body, whole);
}
