"use client";
/**
 * The signup form: a small client leaf so the page around it stays cached. useActionState with a
 * server action: without JavaScript the browser posts the form and gets the page back with the
 * outcome; with it, the reader stays on the page. The typed address stays in the field on error.
 */
import Link from "next/link";
import { useActionState, useId } from "react";
import { subscribeToNewsletter } from "@/actions/newsletter-signup";
import type { SignupState } from "@/lib/newsletter/subscription";

const initial: SignupState = { status: "idle", message: "", email: "" };

export function SignupForm({
  categories,
  source,
  consentText,
}: {
  categories: { slug: string; name: string }[];
  source: string;
  consentText: string;
}) {
  const [state, action, pending] = useActionState(subscribeToNewsletter, initial);
  const id = useId();
  const error = state.status === "error";
  if (state.status === "ok") {
    return (
      <div role="status" className="rounded-xl bg-accent-50 p-5 text-accent-900 dark:bg-accent-950 dark:text-accent-100">
        <p className="font-semibold">{state.message}</p>
        <p className="mt-1 text-sm">Check your inbox: we sent a link to confirm your address. It works for 48 hours.</p>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="source" value={source} />
      {/* Honeypot: hidden from people and assistive technology; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={`${id}-website`}>Leave this field empty</label>
        <input id={`${id}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div>
        <label htmlFor={`${id}-email`} className="block text-sm font-semibold">
          Email address
        </label>
        <div className="mt-2 flex flex-col gap-2 sm:flex-row">
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            required
            autoComplete="email"
            inputMode="email"
            maxLength={320}
            defaultValue={state.email}
            key={state.email + state.message}
            aria-invalid={error || undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            placeholder="you@example.com"
            className="h-12 w-full min-w-0 rounded-full border border-stone-300 bg-white px-5 text-base placeholder:text-stone-500 focus:outline-none focus-visible:border-accent-600 aria-invalid:border-red-600 sm:flex-1 dark:border-stone-700 dark:bg-stone-900 dark:placeholder:text-stone-400 dark:aria-invalid:border-red-400"
          />
          <button
            type="submit"
            disabled={pending}
            className="h-12 rounded-full bg-accent-700 px-6 text-sm font-semibold text-white hover:bg-accent-800 disabled:opacity-60 dark:bg-accent-300 dark:text-stone-950 dark:hover:bg-accent-200"
          >
            {pending ? "Subscribing…" : "Subscribe"}
          </button>
        </div>
        {error ? (
          <p id={`${id}-error`} role="alert" className="mt-2 text-sm font-medium text-red-700 dark:text-red-300">
            {state.message}
          </p>
        ) : null}
      </div>
      {categories.length > 0 ? (
        <fieldset>
          <legend className="text-sm font-semibold">Topics (optional; none means everything)</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {categories.map((c) => (
              <label
                key={c.slug}
                className="inline-flex cursor-pointer items-center gap-2 rounded-full border border-stone-300 px-3 py-1.5 text-sm has-checked:border-accent-600 has-checked:bg-accent-50 dark:border-stone-700 dark:has-checked:border-accent-400 dark:has-checked:bg-accent-950"
              >
                <input type="checkbox" name="interests" value={c.slug} className="accent-accent-700" />
                {c.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <p className="text-xs leading-relaxed text-stone-600 dark:text-stone-400">
        {consentText}{" "}
        <Link href="/privacy" className="underline hover:text-accent-800 dark:hover:text-accent-200">
          Privacy policy
        </Link>
      </p>
    </form>
  );
}
