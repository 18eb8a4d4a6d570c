/**
 * Issue mail is the same for every recipient except a few short values: the unsubscribe link,
 * and with tracking the signed link of each URL and the open pixel. Quoted-printable encoding of
 * a 60 KB issue per message was the largest cost of a send (profiled), so each part is encoded
 * once per send, split at the placeholders (`%%DISPATCH_<NAME>%%`), and only the short values are
 * encoded per person. Each fragment ends with a soft line break (`=` CRLF), which decoders drop,
 * so lines stay within 76 characters whatever the joins.
 */
import "server-only";
import { encode, wrap } from "nodemailer/lib/qp";
import { escapeHtml, type RenderedMail } from "./templates";

/** Text between placeholders, and the placeholder names between them (one fewer). */
type Split = { fragments: string[]; names: string[] };
export type PreEncodedMail = { subject: string; html: Split; text: Split; plain: RenderedMail };
/** The raw (unescaped) value of a placeholder for one recipient. */
export type Values = (name: string) => string;

const PLACEHOLDER = /%%DISPATCH_([A-Z0-9_]+)%%/g;
const qp = (value: string) => wrap(encode(value), 76).replace(/\r?\n/g, "\r\n");

function split(source: string): Split {
  const parts = source.split(PLACEHOLDER);
  return { fragments: parts.filter((_, i) => i % 2 === 0).map(qp), names: parts.filter((_, i) => i % 2 === 1) };
}

export function preEncode(mail: RenderedMail): PreEncodedMail {
  return { subject: mail.subject, html: split(mail.html), text: split(mail.text), plain: mail };
}

function join({ fragments, names }: Split, value: (name: string) => string): string {
  let out = fragments[0];
  for (let i = 0; i < names.length; i += 1) out += `=\r\n${qp(value(names[i]))}=\r\n${fragments[i + 1]}`;
  return out;
}

/** Raw MIME bodies (headers included) for nodemailer's `raw` alternatives. */
export function encodedFor(mail: PreEncodedMail, values: Values): { html: string; text: string } {
  return {
    text: `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${join(mail.text, values)}`,
    html: `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${join(mail.html, (n) => escapeHtml(values(n)))}`,
  };
}

/** The same mail unencoded (for the outbox, which keeps what would have been sent). */
export function filledFor(mail: PreEncodedMail, values: Values): RenderedMail {
  return {
    subject: mail.subject,
    html: mail.plain.html.replace(PLACEHOLDER, (_, name: string) => escapeHtml(values(name))),
    text: mail.plain.text.replace(PLACEHOLDER, (_, name: string) => values(name)),
  };
}
