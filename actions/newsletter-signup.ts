"use server";
/**
 * @public The newsletter signup is the one action anyone may call without signing in: visitors
 * subscribe from reader pages. What protects it instead of a session: zod parsing, a honeypot,
 * rate limits per client address and per address in the database, a reply that never says
 * whether the address was known, and double opt-in (nothing is sent to the list before the
 * owner of the address confirms).
 */
import { after } from "next/server";
import { headers } from "next/headers";
import { handleSignup, type SignupState } from "@/lib/newsletter/subscription";

function clientIp(h: Headers): string | null {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || h.get("x-real-ip") || null;
  return ip && ip.length <= 64 ? ip : null;
}

export async function subscribeToNewsletter(_previous: SignupState, formData: FormData): Promise<SignupState> {
  const { state, mail } = await handleSignup(
    {
      email: formData.get("email") ?? "",
      interests: formData.getAll("interests").filter((v) => typeof v === "string"),
      source: formData.get("source") ?? "/",
      website: formData.get("website") ?? "",
    },
    clientIp(await headers()),
  );
  if (mail) {
    after(() => mail().catch((err) => console.error(JSON.stringify({ level: "error", msg: "confirmation mail failed", err: (err as Error).message }))));
  }
  return state;
}
