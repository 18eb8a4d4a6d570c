/**
 * A real SMTP server (the `smtp-server` package) that catches mail for tests and the bench. It
 * speaks the whole protocol to nodemailer; `reject` lets a test answer a recipient with a real
 * 4xx or 5xx at RCPT time. Messages are kept raw and parsed on demand (mailparser).
 */
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CaughtMail = { to: string; raw: string; messageId: string | null; idempotencyKey: string | null };

export type SmtpSink = {
  url: string;
  port: number;
  messages: CaughtMail[];
  /** Total RCPT commands answered with an error, by address. */
  rejections: Map<string, number>;
  waitFor: (predicate: (m: CaughtMail[]) => boolean, timeoutMs?: number) => Promise<void>;
  parse: (mail: CaughtMail) => Promise<ParsedMail>;
  close: () => Promise<void>;
};

export type RejectRule = (to: string, attempt: number) => { code: number; message: string } | null;

function header(raw: string, name: string): string | null {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, " ");
  const match = new RegExp(`^${name}:\\s*(.*)$`, "im").exec(head);
  return match ? match[1].trim() : null;
}

export async function startSmtpSink(options: { port?: number; reject?: RejectRule; store?: boolean } = {}): Promise<SmtpSink> {
  const messages: CaughtMail[] = [];
  const rejections = new Map<string, number>();
  const attempts = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    disableReverseLookup: true,
    size: 10 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      const attempt = (attempts.get(to) ?? 0) + 1;
      attempts.set(to, attempt);
      const rule = options.reject?.(to, attempt);
      if (rule) {
        rejections.set(to, (rejections.get(to) ?? 0) + 1);
        const err = new Error(rule.message) as Error & { responseCode: number };
        err.responseCode = rule.code;
        return callback(err);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = options.store === false ? "" : Buffer.concat(chunks).toString("utf8");
        const full = Buffer.concat(chunks).toString(
          "utf8",
          0,
          Math.min(
            4096,
            chunks.reduce((n, c) => n + c.length, 0),
          ),
        );
        for (const rcpt of session.envelope.rcptTo) {
          messages.push({
            to: rcpt.address.toLowerCase(),
            raw,
            messageId: header(full, "Message-ID"),
            idempotencyKey: header(full, "X-Dispatch-Idempotency-Key"),
          });
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  // A client that dies mid-conversation (a killed worker) resets its connection, as a real
  // mail server sees it: the mail it did not finish is simply not caught.
  server.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "ECONNRESET" && err.code !== "EPIPE") throw err;
  });
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    rejections,
    async waitFor(predicate, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(messages)) {
        if (Date.now() > deadline) throw new Error(`SMTP sink: condition not met within ${timeoutMs} ms (${messages.length} messages)`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    parse: (mail) => simpleParser(mail.raw),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
