/**
 * The import routes answer with a stream of JSON lines: `{"type":"progress",…}` while the work
 * runs, then one `{"type":"done",…}` or `{"type":"error","error":…}`. The page draws its progress
 * bar from it; no job row to poll, and it works the same on any instance.
 */
import "server-only";
import { errorMessage, log } from "@/lib/log";

export type Progress = (event: Record<string, unknown>) => void;

/** `known` turns an error the user can act on into its message; anything else is logged. */
export function progressResponse(work: (progress: Progress) => Promise<unknown>, known: (err: unknown) => string | null): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: Record<string, unknown>) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      try {
        send({ type: "done", result: await work((e) => send({ type: "progress", ...e })) });
      } catch (err) {
        const message = known(err);
        if (!message) log.error({ err: errorMessage(err) }, "import failed");
        send({ type: "error", error: message ?? "The import failed; nothing was written. Try again, or see the server log." });
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" },
  });
}

/** The request body as chunks, for the streaming parsers (an empty body is an empty file). */
export async function* bodyChunks(body: ReadableStream<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}
