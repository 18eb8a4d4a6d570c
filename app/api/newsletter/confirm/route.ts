/**
 * POST the confirmation (the button on /newsletter/confirm). Public by design: the token is the
 * credential (256 random bits, hashed, single use, 48 h). Answers with a redirect to the result
 * page (post/redirect/get), so a reload never posts twice. GET is not handled: it changes nothing.
 */
import { NextResponse } from "next/server";
import { z } from "zod";
import { handleConfirm } from "@/lib/newsletter/subscription";
import { absoluteUrl } from "@/lib/env";
import { readFormCapped, tooLarge } from "@/lib/server/body-limit";

const bodySchema = z.object({ token: z.string().max(200) });

export async function POST(request: Request) {
  let result: Awaited<ReturnType<typeof handleConfirm>> = "invalid";
  const form = await readFormCapped(request);
  if (form === "too-large") return tooLarge("This request is too large: a confirmation sends only its token.");
  const parsed = bodySchema.safeParse({ token: form?.get("token") ?? "" });
  if (parsed.success) result = await handleConfirm(parsed.data.token);
  return NextResponse.redirect(absoluteUrl(`/newsletter/confirm?result=${result}`), 303);
}
