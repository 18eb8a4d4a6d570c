/**
 * The mail we write, each as HTML and plain text. HTML comes from MJML: a maintained,
 * template-language-independent compiler whose output is table-based with inline styles, which is
 * what mail clients (Outlook included) render. Every link is absolute (absoluteUrl), every image
 * carries width and alt, and Markdown bodies go through the one sanitizing renderer.
 */
import "server-only";
import mjml2html from "mjml";
import type { IssueView } from "@/model/issue-view";
import { absoluteUrl } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { singleLine } from "@/model/common";
import { escapeHtml } from "@/lib/escape-html";
import { renderMarkdown } from "@/lib/markdown";
import { isSafeHttpUrl, safeHttpUrl } from "@/model/url";
import { withRenderedMarkdown } from "@/lib/markdown-off-thread";
import { deriveTldr, numberSections, sectionAnchor } from "@/lib/tldr";
import { log } from "@/lib/log";
import { MAIL_IMAGE_WIDTH, mailImageUrl } from "./mail-images";

export type RenderedMail = { subject: string; html: string; text: string };

/** Replaced per recipient after rendering, so an issue is compiled once per send, not per person. */
export const UNSUBSCRIBE_PLACEHOLDER = "%%DISPATCH_UNSUBSCRIBE_URL%%";

const ACCENT = "#0f766e";
const INK = "#1c1917";
const MUTED = "#57534e";
const PAPER = "#fbf8f3";

export { escapeHtml };

const attr = escapeHtml;

async function compile(body: string, preview: string): Promise<string> {
  const source = `<mjml>
  <mj-head>
    <mj-title>${escapeHtml(preview)}</mj-title>
    <mj-preview>${escapeHtml(preview)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Georgia, 'Times New Roman', serif" />
      <mj-text color="${INK}" font-size="17px" line-height="1.6" />
      <mj-button background-color="${ACCENT}" color="#ffffff" font-family="Helvetica, Arial, sans-serif" font-size="16px" font-weight="bold" border-radius="999px" inner-padding="12px 28px" />
    </mj-attributes>
    <mj-style inline="inline">a { color: ${ACCENT}; } p { margin: 0 0 14px; } h2 { font-size: 22px; line-height: 1.3; margin: 0 0 10px; }</mj-style>
  </mj-head>
  <mj-body background-color="${PAPER}" width="${MAIL_IMAGE_WIDTH + 48}px">
    <mj-section padding="28px 0 8px"><mj-column><mj-text font-family="Helvetica, Arial, sans-serif" font-size="13px" font-weight="bold" letter-spacing="2px" color="${ACCENT}">DISPATCH</mj-text></mj-column></mj-section>
    ${body}
  </mj-body>
</mjml>`;
  const { html, errors } = await mjml2html(source, { validationLevel: "soft" });
  if (errors.length) log.warn({ errors: errors.map((e) => e.formattedMessage).slice(0, 5) }, "mjml warnings");
  return html;
}

function footer(lines: string[]): string {
  return `<mj-section padding="8px 0 32px"><mj-column><mj-text font-family="Helvetica, Arial, sans-serif" font-size="13px" color="${MUTED}" line-height="1.5">${lines.join("<br />")}</mj-text></mj-column></mj-section>`;
}

/** The double opt-in mail. No List-Unsubscribe: the person is not on the list yet. */
export async function renderConfirmationMail(confirmUrl: string): Promise<RenderedMail> {
  const subject = "Confirm your subscription to Dispatch";
  const html = await compile(
    `<mj-section background-color="#ffffff" padding="28px 24px" border-radius="16px"><mj-column>
      <mj-text font-size="26px" line-height="1.25" font-weight="bold">Please confirm your subscription</mj-text>
      <mj-text>Someone, hopefully you, asked to receive Dispatch by email at this address. Press the button to confirm. The link works once and expires in 48 hours.</mj-text>
      <mj-button href="${attr(confirmUrl)}">Confirm my subscription</mj-button>
      <mj-text font-size="14px" color="${MUTED}">If the button does not work, open this link:<br /><a href="${attr(confirmUrl)}">${escapeHtml(confirmUrl)}</a></mj-text>
      <mj-text font-size="14px" color="${MUTED}">If you did not ask for this, ignore this mail: you will not be subscribed.</mj-text>
    </mj-column></mj-section>
    ${footer([`Dispatch · <a href="${attr(absoluteUrl("/privacy"))}">Privacy</a>`])}`,
    "Confirm your subscription to Dispatch",
  );
  const text = [
    "Please confirm your subscription to Dispatch",
    "",
    "Someone, hopefully you, asked to receive Dispatch by email at this address.",
    "Open this link to confirm (it works once and expires in 48 hours):",
    "",
    confirmUrl,
    "",
    "If you did not ask for this, ignore this mail: you will not be subscribed.",
    "",
    `Privacy: ${absoluteUrl("/privacy")}`,
  ].join("\n");
  return { subject, html, text };
}

export async function renderWelcomeMail(unsubscribeUrl: string): Promise<RenderedMail> {
  const subject = "Welcome to Dispatch";
  const issues = absoluteUrl("/issues");
  const html = await compile(
    `<mj-section background-color="#ffffff" padding="28px 24px" border-radius="16px"><mj-column>
      <mj-text font-size="26px" line-height="1.25" font-weight="bold">You're subscribed</mj-text>
      <mj-text>Thank you for confirming. Each new issue of Dispatch will arrive at this address: short, numbered news about China, the future and generative AI.</mj-text>
      <mj-button href="${attr(issues)}">Read past issues</mj-button>
    </mj-column></mj-section>
    ${footer([`You receive this because you subscribed to Dispatch.`, `<a href="${attr(unsubscribeUrl)}">Unsubscribe or change your topics</a> · <a href="${attr(absoluteUrl("/privacy"))}">Privacy</a>`])}`,
    "You're subscribed to Dispatch",
  );
  const text = [
    "You're subscribed to Dispatch",
    "",
    "Thank you for confirming. Each new issue will arrive at this address.",
    `Past issues: ${issues}`,
    "",
    `Unsubscribe or change your topics: ${unsubscribeUrl}`,
  ].join("\n");
  return { subject, html, text };
}

/** Only http(s) and mailto targets are offered in the text part, as in the HTML one. */
const linkTarget = (url: string) => isSafeHttpUrl(url) || /^mailto:[^\s]+$/i.test(url);

function markdownToText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, url: string) => (linkTarget(url) ? `${label} (${url})` : label))
    .replace(/<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi, (_, url: string) => (linkTarget(url) ? url : ""))
    .replace(/^ {0,3}\[[^\]]+\]:\s*(\S+).*$/gm, (line, url: string) => (linkTarget(url) ? line : ""))
    .replace(/[*_`]{1,3}([^*_`]+)[*_`]{1,3}/g, "$1")
    .trim();
}

/** Raster copies (lib/email/mail-images.ts) of every picture the issue shows, by source path. */
async function rasterImages(issue: IssueView): Promise<Map<string, string | null>> {
  const sources = [...new Set([issue.coverImage, ...issue.sections.map((s) => s.image)].filter((s): s is string => Boolean(s)))];
  const urls = await Promise.all(sources.map((s) => mailImageUrl(s)));
  return new Map(sources.map((s, i) => [s, urls[i]]));
}

/** A picture at the column's width (the raster copy is twice that); none when it has no raster copy. */
function imageTag(src: string | null | undefined, alt: string): string {
  if (!src) return "";
  return `<mj-image src="${attr(src)}" alt="${attr(alt)}" width="${MAIL_IMAGE_WIDTH}px" border-radius="10px" padding="0 0 8px" />`;
}

/**
 * The whole issue as mail: summary, TL;DR, numbered sections with figures, the roundup, the
 * callout, a "view in browser" link. The unsubscribe URL is a placeholder filled per recipient.
 */
export async function renderIssueMail(source: IssueView): Promise<RenderedMail> {
  // Off the main thread: the send worker shares its event loop with every request.
  const issue = await withRenderedMarkdown(source);
  const url = absoluteUrl(`/issues/${issue.slug}`);
  const date = issue.publishedAt ? formatDate(issue.publishedAt) : "";
  const tldr = deriveTldr(issue.sections);
  const images = await rasterImages(issue);
  const parts: string[] = [];
  const text: string[] = [issue.title.toUpperCase(), date, "", `View in browser: ${url}`, "", issue.summary, ""];

  parts.push(`<mj-section padding="0 0 4px"><mj-column>
    <mj-text align="right" font-family="Helvetica, Arial, sans-serif" font-size="13px"><a href="${attr(url)}">View in browser</a></mj-text>
  </mj-column></mj-section>`);
  parts.push(`<mj-section background-color="#ffffff" padding="24px 24px 8px" border-radius="16px 16px 0 0"><mj-column>
    ${issue.coverImage ? imageTag(images.get(issue.coverImage), issue.coverAlt) : ""}
    <mj-text font-size="30px" line-height="1.2" font-weight="bold" padding-top="12px">${escapeHtml(issue.title)}</mj-text>
    <mj-text font-family="Helvetica, Arial, sans-serif" font-size="13px" color="${MUTED}">${escapeHtml([date, issue.categories.map((c) => c.name).join(" · ")].filter(Boolean).join(" — "))}</mj-text>
    <mj-text font-size="19px" color="#44403c">${escapeHtml(issue.summary)}</mj-text>
  </mj-column></mj-section>`);
  if (tldr.length) {
    parts.push(`<mj-section background-color="#ffffff" padding="0 24px 8px"><mj-column background-color="#effaf8" border-radius="12px" padding="8px 4px">
      <mj-text font-family="Helvetica, Arial, sans-serif" font-size="12px" font-weight="bold" letter-spacing="2px" color="${ACCENT}">TL;DR</mj-text>
      <mj-text font-size="16px"><ol style="margin:0;padding-left:22px">${tldr.map((t) => `<li style="margin:0 0 6px"><a href="${attr(`${url}#${sectionAnchor(t.number)}`)}" style="color:${INK};text-decoration:none">${escapeHtml(t.headline)}</a></li>`).join("")}</ol></mj-text>
    </mj-column></mj-section>`);
    text.push("TL;DR", ...tldr.map((t) => `${t.number}. ${t.headline}`), "");
  }
  for (const s of numberSections(issue.sections)) {
    const sourceUrl = safeHttpUrl(s.sourceUrl);
    const heading = sourceUrl ? `<a href="${attr(sourceUrl)}" style="color:${INK}">${escapeHtml(s.title)}</a>` : escapeHtml(s.title);
    if (s.number === null) {
      parts.push(`<mj-section background-color="#ffffff" padding="8px 24px"><mj-column background-color="#f5f5f4" border-radius="12px" padding="12px 8px">
        <mj-text><h2>${escapeHtml(s.title)}</h2>${s.html ?? renderMarkdown(s.body)}</mj-text>
      </mj-column></mj-section>`);
      text.push(`— ${s.title} —`, markdownToText(s.body), "");
      continue;
    }
    const picture = s.image ? imageTag(images.get(s.image), s.imageAlt) : "";
    const figure = picture
      ? `${picture}${s.caption || s.credit ? `<mj-text font-family="Helvetica, Arial, sans-serif" font-size="12px" color="${MUTED}" padding-top="0">${escapeHtml([s.caption, s.credit].filter(Boolean).join(" — "))}</mj-text>` : ""}`
      : "";
    const items = s.items
      .map(
        (i) =>
          `<p><strong>${safeHttpUrl(i.sourceUrl) ? `<a href="${attr(i.sourceUrl!)}">${escapeHtml(i.title)}</a>` : escapeHtml(i.title)}</strong><br />${(i.html ?? renderMarkdown(i.body)).replace(/^<p>|<\/p>$/g, "")}</p>`,
      )
      .join("");
    parts.push(`<mj-section background-color="#ffffff" padding="16px 24px 0"><mj-column>
      <mj-text><h2><span style="color:${ACCENT};font-family:Helvetica,Arial,sans-serif">${s.number}.</span> ${heading}</h2></mj-text>
      ${figure}
      <mj-text>${s.kind === "roundup" ? items || (s.html ?? renderMarkdown(s.body)) : (s.html ?? renderMarkdown(s.body))}</mj-text>
    </mj-column></mj-section>`);
    text.push(
      `${s.number}. ${s.title}${sourceUrl ? ` (${sourceUrl})` : ""}`,
      s.kind === "roundup"
        ? s.items.map((i) => `* ${i.title}${safeHttpUrl(i.sourceUrl) ? ` (${i.sourceUrl})` : ""}\n  ${markdownToText(i.body)}`).join("\n")
        : markdownToText(s.body),
      "",
    );
  }
  parts.push(`<mj-section background-color="#ffffff" padding="8px 24px 24px" border-radius="0 0 16px 16px"><mj-column>
    ${issue.author ? `<mj-text font-family="Helvetica, Arial, sans-serif" font-size="14px" color="${MUTED}">Written by <a href="${attr(absoluteUrl(`/authors/${issue.author.slug}`))}">${escapeHtml(issue.author.name)}</a></mj-text>` : ""}
    <mj-button href="${attr(url)}">Read it on the web</mj-button>
  </mj-column></mj-section>`);
  parts.push(
    footer([
      `You receive Dispatch because you subscribed and confirmed your address.`,
      `<a href="${UNSUBSCRIBE_PLACEHOLDER}">Unsubscribe</a> · <a href="${UNSUBSCRIBE_PLACEHOLDER}">Change your topics</a> · <a href="${attr(absoluteUrl("/privacy"))}">Privacy</a>`,
    ]),
  );
  text.push(issue.author ? `Written by ${issue.author.name}` : "", "", `Unsubscribe or change your topics: ${UNSUBSCRIBE_PLACEHOLDER}`);
  // Titles are saved on one line; older rows might not be, and a subject must never break.
  return { subject: singleLine(issue.title), html: await compile(parts.join("\n"), issue.summary), text: text.join("\n") };
}

/** Fills the per-recipient placeholder. */
export function personalise(mail: RenderedMail, unsubscribeUrl: string): RenderedMail {
  return {
    subject: mail.subject,
    html: mail.html.replaceAll(UNSUBSCRIBE_PLACEHOLDER, attr(unsubscribeUrl)),
    text: mail.text.replaceAll(UNSUBSCRIBE_PLACEHOLDER, unsubscribeUrl),
  };
}

/** A password link for an editor login: a reset, or an invitation to choose the first password. */
export async function renderAccountLinkMail(input: {
  heading: string;
  intro: string;
  button: string;
  url: string;
  validFor: string;
}): Promise<RenderedMail> {
  const { heading, intro, button, url, validFor } = input;
  const ignore = "If you did not expect this mail, ignore it: nothing changes until the link is used.";
  const html = await compile(
    `<mj-section background-color="#ffffff" padding="28px 24px" border-radius="16px"><mj-column>
      <mj-text font-size="26px" line-height="1.25" font-weight="bold">${escapeHtml(heading)}</mj-text>
      <mj-text>${escapeHtml(intro)} The link works once and expires in ${escapeHtml(validFor)}.</mj-text>
      <mj-button href="${attr(url)}">${escapeHtml(button)}</mj-button>
      <mj-text font-size="14px" color="${MUTED}">If the button does not work, open this link:<br /><a href="${attr(url)}">${escapeHtml(url)}</a></mj-text>
      <mj-text font-size="14px" color="${MUTED}">${escapeHtml(ignore)}</mj-text>
    </mj-column></mj-section>
    ${footer(["Dispatch editor"])}`,
    heading,
  );
  const text = [heading, "", `${intro} The link works once and expires in ${validFor}:`, "", url, "", ignore].join("\n");
  return { subject: heading, html, text };
}
