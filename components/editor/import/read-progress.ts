/** Reads an import route's stream of JSON lines, calling `onProgress` for each progress line. */
export type ImportReply<T> = { ok: true; result: T } | { ok: false; error: string };

export async function postImport<T>(url: string, body: Blob, onProgress: (event: Record<string, number>) => void): Promise<ImportReply<T>> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", body, headers: { "content-type": "application/octet-stream" } });
  } catch {
    return { ok: false, error: "The server could not be reached." };
  }
  if (!response.ok || !response.body) {
    const reply = (await response.json().catch(() => null)) as { error?: string } | null;
    return { ok: false, error: reply?.error ?? `The server answered ${response.status}.` };
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += value;
    let end;
    while ((end = buffer.indexOf("\n")) >= 0) {
      const event = JSON.parse(buffer.slice(0, end)) as { type: string; result?: T; error?: string } & Record<string, number>;
      buffer = buffer.slice(end + 1);
      if (event.type === "progress") onProgress(event);
      if (event.type === "done") return { ok: true, result: event.result as T };
      if (event.type === "error") return { ok: false, error: event.error ?? "The import failed." };
    }
  }
  return { ok: false, error: "The answer ended early; nothing may have been written. Try again." };
}
