/**
 * Turns a rendered issue mail into one with tracked links: every http(s) link of the HTML part
 * becomes a placeholder `%%DISPATCH_LINK_<n>%%` (the same URL twice is one link), and with opens
 * on, a 1×1 pixel `%%DISPATCH_PIXEL%%` goes before </body>. Per recipient the placeholders become
 * signed /t/c and /t/o URLs (lib/newsletter/tracking.ts). The text part keeps its plain URLs: what
 * a reader copies from it stays readable. The unsubscribe link is never tracked.
 */
import "server-only";
import type { RenderedMail } from "@/lib/email/templates";
import { MAX_TRACKED_LINKS } from "@/model/send-stats";
import { clickUrl, openPixelUrl } from "./tracking";

const HREF = /href="(https?:\/\/[^"]+)"/g;

/** Attribute text back to the URL it stands for (templates escape with lib/escape-html). */
function unescapeAttr(value: string): string {
  return value.replace(/&(amp|quot|#39|lt|gt);/g, (_, e: string) => ({ amp: "&", quot: '"', "#39": "'", lt: "<", gt: ">" })[e]!);
}

export function addTracking(mail: RenderedMail, options: { pixel: boolean }): { mail: RenderedMail; links: string[] } {
  const links: string[] = [];
  const index = new Map<string, number>();
  let html = mail.html.replace(HREF, (whole, raw: string) => {
    const url = unescapeAttr(raw);
    let n = index.get(url);
    if (n === undefined) {
      if (links.length >= MAX_TRACKED_LINKS) return whole;
      n = links.push(url) - 1;
      index.set(url, n);
    }
    return `href="%%DISPATCH_LINK_${n}%%"`;
  });
  if (options.pixel) {
    const pixel = `<img src="%%DISPATCH_PIXEL%%" width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0" />`;
    html = html.includes("</body>") ? html.replace("</body>", `${pixel}</body>`) : html + pixel;
  }
  return { mail: { ...mail, html }, links };
}

/** The value of each placeholder for one recipient. */
export function recipientValues(input: {
  sendId: number;
  subscriberId: number;
  links: string[];
  unsubscribeUrl: string;
}): (name: string) => string {
  return (name) => {
    if (name === "UNSUBSCRIBE_URL") return input.unsubscribeUrl;
    if (name === "PIXEL") return openPixelUrl(input.sendId, input.subscriberId);
    const link = /^LINK_(\d+)$/.exec(name);
    const url = link ? input.links[Number(link[1])] : undefined;
    return url === undefined ? "" : clickUrl(input.sendId, input.subscriberId, Number(link![1]), url);
  };
}
