import type { Metadata } from "next";
import { alternates } from "@/lib/metadata";
import { PageIntro } from "@/components/site/PageIntro";

export const metadata: Metadata = {
  title: "Privacy",
  description: "What Dispatch keeps about you, why, and how to have it removed.",
  alternates: alternates("/privacy"),
};

export default function PrivacyPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 sm:px-6">
      <PageIntro eyebrow="Policy" title="Privacy" />
      <div className="prose max-w-none prose-stone dark:prose-invert prose-headings:font-serif">
        <p>
          Dispatch is a self-hosted publication. Reading it needs no account, sets no tracking cookie and loads nothing from other sites.
        </p>
        <h2>The newsletter</h2>
        <p>
          When you subscribe we keep your email address, the topics you picked, when and on which page you gave consent, the wording you
          agreed to, and the network address the request came from. We use them only to send you the newsletter you asked for, and we
          confirm every signup by email first (double opt-in).
        </p>
        <p>
          Every email has an unsubscribe link that works with one click, without signing in. You can ask for your address to be erased at
          any time; erasure removes it from every table, including the record of past deliveries.
        </p>
        <h2>Editors</h2>
        <p>Editors sign in with a session cookie that is strictly necessary for the editor area and never used on reader pages.</p>
        <h2>Logs</h2>
        <p>Server logs record requests without tokens, passwords, cookies or full email addresses, and are kept for a short time only.</p>
        <h2>Contact</h2>
        <p>Write to the publisher at the address in any newsletter to ask what we hold about you, or to have it corrected or removed.</p>
      </div>
    </div>
  );
}
