/** The headers and links that every newsletter mail carries (RFC 8058, RFC 2919). */
import "server-only";
import { absoluteUrl, env } from "@/lib/env";
import { unsubscribeToken } from "./tokens";

/** The one-click URL: POST unsubscribes (mail providers), GET leads to the preferences page. */
export function unsubscribeUrl(subscriberId: number): string {
  return absoluteUrl(`/api/newsletter/unsubscribe?token=${encodeURIComponent(unsubscribeToken(subscriberId))}`);
}

export function listHeaders(subscriberId: number): Record<string, string> {
  const host = new URL(env().SITE_URL).hostname;
  return {
    "List-Unsubscribe": `<${unsubscribeUrl(subscriberId)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "List-Id": `Dispatch <newsletter.${host}>`,
  };
}
