import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { SetPasswordForm } from "@/components/editor/auth/SetPasswordForm";
import { peekAccountToken } from "@/db/queries/account-tokens";
import { accountTokenHash } from "@/lib/auth/account-links";

export const metadata: Metadata = { title: "Choose a password", referrer: "no-referrer" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

/** The page a reset or invitation link opens. Showing it never uses the link (mail scanners follow links); the form does. */
async function PasswordForLink({ searchParams }: Props) {
  await connection();
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const hash = accountTokenHash(token);
  const link = hash ? await peekAccountToken(hash) : null;
  if (!link) {
    return (
      <>
        <h1 className="font-serif text-2xl font-semibold">This link does not work</h1>
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">It was used already, a newer one replaced it, or it expired.</p>
        <p className="mt-4 text-sm">
          <Link href="/editor/reset" className="font-medium text-accent-700 hover:underline dark:text-accent-300">
            Ask for a new link
          </Link>
        </p>
      </>
    );
  }
  const invite = link.purpose === "invite";
  return (
    <>
      <h1 className="font-serif text-2xl font-semibold">{invite ? `Welcome, ${link.name}` : "Choose a new password"}</h1>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        {invite ? "Choose the password for your editor login " : "For the editor login "}
        <span className="font-medium text-stone-800 dark:text-stone-200">{link.email}</span>.
      </p>
      <SetPasswordForm token={token} email={link.email} submitLabel={invite ? "Set password and sign in" : "Save password and sign in"} />
    </>
  );
}

export default function PasswordPage(props: Props) {
  return (
    <Suspense>
      <PasswordForLink {...props} />
    </Suspense>
  );
}
