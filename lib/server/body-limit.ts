/**
 * Request bodies read with a hard byte cap: a body that declares more than the cap is refused
 * before any of it is read, and one that streams past it (chunked, or lying about its length) is
 * cut off at the cap. Nothing larger than the cap is ever held in memory.
 */
export class TooLargeError extends Error {}

/** Small forms (newsletter links, sign-in): a few hundred bytes in practice. */
export const FORM_BODY_LIMIT = 16 * 1024;

/** The body, refusing (TooLargeError) as soon as it passes `limit` bytes. */
export async function readCappedBody(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new TooLargeError();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/** True when the request says (Content-Length) that its body is larger than `limit`. */
export function declaresMoreThan(request: Request, limit: number): boolean {
  const declared = Number(request.headers.get("content-length") ?? "0");
  return Number.isFinite(declared) && declared > limit;
}

/** The 413 answer, in words. */
export function tooLarge(what: string): Response {
  return new Response(`${what}\n`, { status: 413, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

/** The request's bytes as a new Request (for handlers that parse it themselves), or null when too large. */
export async function cappedRequest(request: Request, limit: number): Promise<Request | null> {
  if (declaresMoreThan(request, limit)) return null;
  try {
    const body = request.method === "GET" || request.method === "HEAD" ? null : await readCappedBody(request.body, limit);
    const headers = new Headers(request.headers);
    headers.delete("content-length");
    return new Request(request.url, { method: request.method, headers, body: body as BodyInit | null });
  } catch (err) {
    if (err instanceof TooLargeError) return null;
    throw err;
  }
}

/** A form body of at most `limit` bytes: the FormData, "too-large", or null when it is not a form. */
export async function readFormCapped(request: Request, limit = FORM_BODY_LIMIT): Promise<FormData | "too-large" | null> {
  const capped = await cappedRequest(request, limit);
  if (!capped) return "too-large";
  try {
    return await capped.formData();
  } catch {
    return null;
  }
}
