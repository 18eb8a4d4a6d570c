/**
 * Issue mail is the same for every recipient except the unsubscribe link. Quoted-printable
 * encoding of a 60 KB issue per message was the largest cost of a send (profiled), so each part is
 * encoded once per send, split at the placeholder, and only the short link is encoded per person.
 * Each fragment ends with a soft line break (`=` CRLF), which decoders drop, so lines stay within
 * 76 characters whatever the joins.
 */
import "server-only";
import { encode, wrap } from "nodemailer/lib/qp";
import { escapeHtml, UNSUBSCRIBE_PLACEHOLDER, type RenderedMail } from "./templates";

export type PreEncodedMail = { subject: string; html: string[]; text: string[]; plain: RenderedMail };

const qp = (value: string) => wrap(encode(value), 76).replace(/\r?\n/g, "\r\n");

export function preEncode(mail: RenderedMail): PreEncodedMail {
  return { subject: mail.subject, html: mail.html.split(UNSUBSCRIBE_PLACEHOLDER).map(qp), text: mail.text.split(UNSUBSCRIBE_PLACEHOLDER).map(qp), plain: mail };
}

function join(fragments: string[], link: string): string {
  const encodedLink = qp(link);
  return fragments.join(`=\r\n${encodedLink}=\r\n`);
}

/** Raw MIME bodies (headers included) for nodemailer's `raw` alternatives. */
export function encodedFor(mail: PreEncodedMail, unsubscribeUrl: string): { html: string; text: string } {
  return {
    text: `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${join(mail.text, unsubscribeUrl)}`,
    html: `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${join(mail.html, escapeHtml(unsubscribeUrl))}`,
  };
}
