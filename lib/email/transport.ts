/**
 * Outgoing mail. With SMTP_URL: nodemailer over a pool of persistent SMTP connections. Without
 * it: the message is stored in `email_outbox` and its links are logged, so the embedded demo works
 * end to end (/editor/outbox shows them).
 */
import "server-only";
import net from "node:net";
import nodemailer, { type Transporter } from "nodemailer";
import { insertOutboxMessage } from "@/db/queries/outbox";
import { env } from "@/lib/env";
import { log, maskEmail } from "@/lib/log";

export type OutgoingMail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  /** Without angle brackets; set for issue mail so that a resend is recognisable. */
  messageId?: string;
  kind: "confirmation" | "welcome" | "issue" | "test" | "account" | "other";
  /** The same bodies already MIME-encoded (see pre-encoded.ts); used on the wire when present. */
  encoded?: { html: string; text: string };
};

export type MailReceipt = { messageId: string; response: string; outbox: boolean };

/** A failed attempt, classified: permanent (5xx) or temporary (4xx, timeouts, connection). */
export class MailError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly responseCode?: number,
  ) {
    super(message);
    this.name = "MailError";
  }
}

const globalForMail = globalThis as unknown as { __dispatchMail?: { url: string; transport: Transporter } };

/** Overrides SMTP_URL for this process (tests and the bench point it at their own sink). */
export function setSmtpUrlOverride(url: string | null): void {
  globalForMail.__dispatchMail?.transport.close();
  globalForMail.__dispatchMail = undefined;
  smtpOverride = url;
}
let smtpOverride: string | null | undefined;

function smtpUrl(): string | undefined {
  return smtpOverride === undefined ? env().SMTP_URL : (smtpOverride ?? undefined);
}

function transport(url: string): Transporter {
  const current = globalForMail.__dispatchMail;
  if (current?.url === url) return current.transport;
  current?.transport.close();
  const parsed = new URL(url);
  const secure = parsed.protocol === "smtps:";
  const host = parsed.hostname;
  const port = Number(parsed.port || (secure ? 465 : 587));
  // Host and port, not `url`: with `url` in an options object nodemailer 8 opened a new
  // connection for every message (measured: 3 messages, 3 connections), so there was no pool.
  const created = nodemailer.createTransport({
    host,
    port,
    secure,
    auth: parsed.username ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } : undefined,
    // Nagle's algorithm held the end of every DATA for a delayed ACK (about 40 ms per message).
    getSocket: secure
      ? undefined
      : (_options: unknown, callback: (err: Error | null, socket?: { connection: net.Socket }) => void) => {
          const socket = net.connect({ host, port, noDelay: true });
          const fail = (err: Error) => callback(err);
          socket.once("error", fail);
          socket.once("connect", () => {
            socket.off("error", fail);
            callback(null, { connection: socket });
          });
        },
    pool: true,
    maxConnections: env().SMTP_POOL_SIZE,
    maxMessages: 1_000,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as nodemailer.TransportOptions);
  globalForMail.__dispatchMail = { url, transport: created };
  return created;
}

export function mailConfigured(): boolean {
  return Boolean(smtpUrl());
}

export function closeMailTransport(): void {
  globalForMail.__dispatchMail?.transport.close();
  globalForMail.__dispatchMail = undefined;
}

function domainOf(address: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(address);
  return match?.[1] ?? "localhost";
}

/** A Message-ID in our own domain (the part after @ in MAIL_FROM). */
export function messageIdFor(localPart: string): string {
  return `${localPart}@${domainOf(env().MAIL_FROM)}`;
}

/** Sends one message (or stores it in the outbox). Throws MailError on failure. */
export async function sendMail(mail: OutgoingMail): Promise<MailReceipt> {
  const from = env().MAIL_FROM;
  const messageId = mail.messageId ?? messageIdFor(`${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`);
  if (/[\r\n]/.test(mail.to + mail.subject + Object.values(mail.headers ?? {}).join(""))) {
    throw new MailError("refused: line break in a header", true);
  }
  const url = smtpUrl();
  if (!url) {
    await insertOutboxMessage({
      to: mail.to,
      from,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      headers: { ...(mail.headers ?? {}), "Message-ID": `<${messageId}>` },
      kind: mail.kind,
    });
    // The links in it carry tokens: they are read in the editor's outbox, never in the log.
    log.info({ kind: mail.kind, to: maskEmail(mail.to) }, "mail stored in outbox (no SMTP_URL); read it at /editor/outbox");
    return { messageId, response: "stored in outbox", outbox: true };
  }
  try {
    const info = await transport(url).sendMail({
      from,
      to: mail.to,
      subject: mail.subject,
      ...(mail.encoded ? { alternatives: [{ raw: mail.encoded.text }, { raw: mail.encoded.html }] } : { html: mail.html, text: mail.text }),
      headers: mail.headers,
      messageId: `<${messageId}>`,
    });
    return { messageId, response: String(info.response ?? ""), outbox: false };
  } catch (err) {
    throw classify(err);
  }
}

export function classify(err: unknown): MailError {
  if (err instanceof MailError) return err;
  const e = err as { message?: string; responseCode?: number; code?: string };
  const code = typeof e.responseCode === "number" ? e.responseCode : undefined;
  const message = (e.message ?? String(err)).slice(0, 500);
  return new MailError(message, code !== undefined && code >= 500 && code < 600, code);
}
