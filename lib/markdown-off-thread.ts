/**
 * Server-side Markdown rendering on a worker thread, with a time budget. The Markdown parser is
 * super-linear on some inputs (150 KB of `*a` took 9–16 s on the main thread, blocking every
 * request, health included) and deep nesting overflowed the stack. Bounding the input shape
 * alone cannot make every text cheap (plain prose costs ~6 µs a character here), so pages and
 * mail hand their texts to one worker: the event loop stays free, a field that takes longer
 * than FIELD_BUDGET_MS ends the worker and shows as plain paragraphs, and once a batch has
 * used BATCH_BUDGET_MS its remaining fields do too.
 */
import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { log } from "@/lib/log";
import { plainParagraphs } from "./markdown/pipeline.mjs";

export const FIELD_BUDGET_MS = 1_000;
export const BATCH_BUDGET_MS = 3_000;

type Pending = { id: number; resolve: (html: string | null) => void };

let worker: Worker | null = null;
let pending: Pending | null = null;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

function startWorker(): Worker {
  const w = new Worker(path.join(process.cwd(), "lib", "markdown", "render-worker.mjs"));
  // Never keeps the process alive: SIGTERM and the end of a script stop it with the rest.
  w.unref();
  w.on("message", (message: { id: number; html: string[] }) => {
    if (pending?.id === message.id) pending.resolve(message.html[0] ?? "");
  });
  w.on("error", (err) => {
    log.warn({ err: err.message }, "markdown worker failed");
    pending?.resolve(null);
  });
  w.on("exit", () => {
    if (worker === w) worker = null;
    pending?.resolve(null);
  });
  return w;
}

/** One field on the worker, or null when it took too long or the worker failed. */
function renderOne(source: string, budgetMs: number): Promise<string | null> {
  worker ??= startWorker();
  const w = worker;
  const id = nextId++;
  return new Promise<string | null>((resolve) => {
    const timer = setTimeout(() => {
      log.warn({ chars: source.length, ms: budgetMs }, "markdown took too long: shown as plain text");
      // The worker may be spinning; ending it is the only way to get the thread back.
      if (worker === w) worker = null;
      void w.terminate();
      finish(null);
    }, budgetMs);
    const finish = (html: string | null) => {
      clearTimeout(timer);
      if (pending?.id === id) pending = null;
      resolve(html);
    };
    pending = { id, resolve: finish };
    w.postMessage({ id, sources: [source] });
  });
}

/** Each Markdown text as sanitized HTML, rendered off the main thread, in order. */
export function renderMarkdownOffThread(sources: string[]): Promise<string[]> {
  const run = async () => {
    const started = Date.now();
    const out: string[] = [];
    for (const source of sources) {
      const left = BATCH_BUDGET_MS - (Date.now() - started);
      const html = source.trim() && left > 0 ? await renderOne(source, Math.min(FIELD_BUDGET_MS, left)) : source.trim() ? null : "";
      out.push(html ?? plainParagraphs(source));
    }
    return out;
  };
  // One batch at a time on the one worker: a hostile draft delays other previews, never the server.
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

type WithBodies = { sections: Array<{ body: string; items: Array<{ body: string }> }> };

/** The view with `html` beside every section and item body, for the reader components and mail. */
export async function withRenderedMarkdown<T extends WithBodies>(view: T): Promise<T> {
  const sources = view.sections.flatMap((s) => [s.body, ...s.items.map((i) => i.body)]);
  const html = await renderMarkdownOffThread(sources);
  let k = 0;
  return {
    ...view,
    sections: view.sections.map((s) => ({ ...s, html: html[k++], items: s.items.map((i) => ({ ...i, html: html[k++] })) })),
  };
}
