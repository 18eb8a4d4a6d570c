"use client";
import { SignupForm } from "./SignupForm";

type Props = { heading: string; categories: { slug: string; name: string }[]; source: string; consentText: string };

/**
 * The newsletter box around the form. A client component like the form it holds, so a page's
 * payload carries the box's data once, not its markup as well.
 */
export function SignupPanel({ heading, ...form }: Props) {
  return (
    <section
      aria-labelledby="signup-heading"
      className="rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8 dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 id="signup-heading" className="font-serif text-2xl font-semibold tracking-tight">
        {heading}
      </h2>
      <p className="mt-2 mb-5 text-stone-600 dark:text-stone-400">
        Each new issue in your inbox: numbered, short, and free. No spam, unsubscribe with one click.
      </p>
      <SignupForm {...form} />
    </section>
  );
}
