/**
 * The Markdown render worker: a thread of its own, so that a slow or hostile text (micromark is
 * super-linear on some inputs) never blocks the server's event loop. Started by
 * lib/markdown-off-thread.ts, which terminates it when a batch takes too long.
 */
import { parentPort } from "node:worker_threads";
import { renderMarkdownHtml } from "./pipeline.mjs";

parentPort.on("message", ({ id, sources }) => {
  parentPort.postMessage({ id, html: sources.map((s) => renderMarkdownHtml(s)) });
});
