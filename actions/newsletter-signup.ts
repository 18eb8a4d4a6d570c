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
import { clientAddress } from "@/lib/client-address";
import { log, errorMessage } from "@/lib/log";
import { handleSignup, type SignupState } from "@/lib/newsletter/subscription";

export async function subscribeToNewsletter(_previous: SignupState, formData: FormData): Promise<SignupState> {
  const { state, mail } = await handleSignup(
    {
      email: formData.get("email") ?? "",
      interests: formData.getAll("interests").filter((v) => typeof v === "string"),
      source: formData.get("source") ?? "/",
      website: formData.get("website") ?? "",
    },
    clientAddress(await headers()),
  );
  if (mail) {
    after(() => mail().catch((err) => log.error({ err: errorMessage(err) }, "confirmation mail failed")));
  }
  return state;
}
