import "server-only";

/**
 * Whether the request body is too large or too slow, checked by the proxy before any route runs:
 * "too_large" when its declared Content-Length is over `maxBytes` (decided before reading a byte), or,
 * for a chunked body without one, when the proxy's copy of the stream passes `maxBytes` (Next buffers
 * the body for the route anyway, so reading it here costs no extra copy and never more than
 * `maxBytes`+1 chunk); "too_slow" when that chunked body has not ended within `deadlineMs`.
 * @returns the problem, or null for a body that may go on to the route.
 */
export async function bodySizeProblem(request: Request, maxBytes: number, deadlineMs: number): Promise<"too_large" | "too_slow" | null> {
  const declared = request.headers.get("content-length");
  if (declared !== null) return Number(declared) > maxBytes ? "too_large" : null;
  if (!request.body) return null;
  const reader = request.body.getReader();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<"too_slow">((resolve) => {
    timer = setTimeout(() => resolve("too_slow"), deadlineMs);
  });
  const count = async (): Promise<"too_large" | null> => {
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return null;
      size += value.byteLength;
      if (size > maxBytes) return "too_large";
    }
  };
  try {
    return await Promise.race([count(), deadline]);
  } finally {
    clearTimeout(timer);
    // Not awaited: a stalled client's stream may never finish cancelling.
    reader.cancel().catch(() => undefined);
  }
}
