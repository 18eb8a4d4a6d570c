import type { Metadata } from "next";
import { PageIntro } from "@/components/site/PageIntro";
import { SignupBox } from "@/components/site/newsletter/SignupBox";
import { alternates } from "@/lib/metadata";

export const metadata: Metadata = {
  title: "Newsletter",
  description: "Get each new issue of Dispatch by email: short, numbered news about China, the future and generative AI.",
  alternates: alternates("/newsletter"),
};

export default function NewsletterPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 pb-16 sm:px-6">
      <PageIntro eyebrow="Newsletter" title="Dispatch in your inbox">
        One email per issue with the whole edition: the TL;DR, every numbered story with its figure, and the roundup. We confirm every
        signup by email first, and every mail has a one-click unsubscribe.
      </PageIntro>
      <SignupBox source="/newsletter" heading="Subscribe" />
    </div>
  );
}
