import { getCategories } from "@/lib/reader/data";
import { CONSENT_TEXT } from "@/model/subscriber";
import { SignupPanel } from "./SignupPanel";

/** The newsletter box on home, every issue page and /newsletter. Categories come from the cache. */
export async function SignupBox({ source, heading = "Get Dispatch by email" }: { source: string; heading?: string }) {
  const categories = await getCategories();
  return (
    <SignupPanel
      heading={heading}
      categories={categories.map((c) => ({ slug: c.slug, name: c.name }))}
      source={source}
      consentText={CONSENT_TEXT}
    />
  );
}
