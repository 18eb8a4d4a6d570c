/**
 * A local SMTP sink in its own process (`tsx scripts/smtp-sink.ts [port]`): catches mail with
 * smtp-server and keeps nothing but counts. Used by `npm run bench:send`; handy by hand too
 * (SMTP_URL=smtp://127.0.0.1:2525). Prints `listening <port>`, then answers `count` on stdin.
 */
import { startSmtpSink } from "@/tests/support/smtp-sink";

async function main() {
  const sink = await startSmtpSink({ port: Number(process.argv[2] ?? 0), store: false });
  console.log(`listening ${sink.port}`);
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (line: string) => {
    if (line.trim() === "count") console.log(`count ${sink.messages.length} ${new Set(sink.messages.map((m) => m.messageId)).size}`);
  });
  process.stdin.on("end", () => void sink.close().then(() => process.exit(0)));
}

main();
