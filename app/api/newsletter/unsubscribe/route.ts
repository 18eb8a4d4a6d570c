/**
 * The List-Unsubscribe URL (RFC 8058). Mail providers POST `List-Unsubscribe=One-Click` with no
 * cookies and a foreign or missing Origin: that POST unsubscribes at once and answers 200, no
 * redirect, idempotently. The token (subscriber id + HMAC) is the credential. A GET (a person
 * clicking the link) changes nothing and leads to the preferences page. The page's own forms post
 * here too (`from=page`) and are sent back to it.
 */
import { NextResponse } from "next/server";
import { z } from "zod";
import { handlePreferences, handleUnsubscribe } from "@/lib/newsletter/subscription";
import { absoluteUrl } from "@/lib/env";
import { readFormCapped, tooLarge } from "@/lib/server/body-limit";

const formSchema = z.object({
  token: z.string().max(200).nullable(),
  action: z.enum(["unsubscribe", "preferences"]).default("unsubscribe"),
  from: z.enum(["page", "mail"]).default("mail"),
  interests: z
    .array(z.string().regex(/^[a-z0-9-]{1,80}$/))
    .max(50)
    .default([]),
});

function pageUrl(token: string | null, result: string): string {
  return absoluteUrl(`/newsletter/unsubscribe?token=${encodeURIComponent(token ?? "")}&result=${result}`);
}

export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token");
  return NextResponse.redirect(absoluteUrl(`/newsletter/unsubscribe?token=${encodeURIComponent(token ?? "")}`), 303);
}

export async function POST(request: Request) {
  const url = new URL(request.url);
  // RFC 8058 bodies are form-encoded; anything else (null here) still unsubscribes by the URL's token.
  const form = await readFormCapped(request);
  if (form === "too-large") return tooLarge("This request is too large: an unsubscribe sends only a token and a few choices.");
  const parsed = formSchema.safeParse({
    token: (form?.get("token") as string | null) ?? url.searchParams.get("token"),
    action: form?.get("action") ?? undefined,
    from: form?.get("from") ?? undefined,
    interests: form?.getAll("interests") ?? [],
  });
  if (!parsed.success) return new NextResponse("Bad request.\n", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  const { token, action, from, interests } = parsed.data;
  if (action === "preferences") {
    const result = await handlePreferences(token, interests);
    return NextResponse.redirect(pageUrl(token, result), 303);
  }
  const result = await handleUnsubscribe(token);
  if (from === "page") return NextResponse.redirect(pageUrl(token, result), 303);
  if (result === "invalid")
    return new NextResponse("This unsubscribe link is not valid.\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  return new NextResponse("You have been unsubscribed.\n", {
    status: 200,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
