import { getCategories } from "@/lib/reader/data";
import { CONSENT_TEXT } from "@/model/subscriber";
import { SignupForm } from "./SignupForm";

/** The newsletter box on home, every issue page and /newsletter. Categories come from the cache. */
export async function SignupBox({ source, heading = "Get Dispatch by email" }: { source: string; heading?: string }) {
  const categories = await getCategories();
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
      <SignupForm categories={categories.map((c) => ({ slug: c.slug, name: c.name }))} source={source} consentText={CONSENT_TEXT} />
    </section>
  );
}
