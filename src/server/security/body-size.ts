import "server-only";

/**
 * True when the request body is larger than `maxBytes`: by its declared Content-Length, or, for a
 * chunked body without one, by counting the bytes of the proxy's copy of the stream (Next buffers the
 * body for the route anyway, so reading it here costs no extra copy and never more than `maxBytes`+1
 * chunk).
 */
export async function exceedsBodySize(request: Request, maxBytes: number): Promise<boolean> {
  const declared = request.headers.get("content-length");
  if (declared !== null) return Number(declared) > maxBytes;
  if (!request.body) return false;
  const reader = request.body.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      size += value.byteLength;
      if (size > maxBytes) return true;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
