import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/editor/account/ChangePasswordForm";
import { SignOutEverywhereButton } from "@/components/editor/account/SignOutEverywhereButton";
import { PageHeader } from "@/components/editor/PageHeader";
import { pageUser } from "@/lib/auth-user";
import { roleLabels } from "@/model/role";

export const metadata: Metadata = { title: "Your account" };

type Props = { searchParams: Promise<{ changed?: string }> };

export default async function AccountPage({ searchParams }: Props) {
  const me = await pageUser();
  const changed = (await searchParams).changed === "1";
  const card = "rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900";
  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6">
      <PageHeader title="Your account" description={`${me.name} · ${me.email} · ${roleLabels[me.role]}`} />
      {changed ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/60 dark:text-emerald-200"
        >
          Password changed. You are still signed in here; every other session has ended.
        </p>
      ) : null}
      <section aria-labelledby="password-heading" className={`mt-5 ${card}`}>
        <h2 id="password-heading" className="mb-3 font-semibold">
          Password
        </h2>
        <ChangePasswordForm email={me.email} />
      </section>
      <section aria-labelledby="sessions-heading" className={`mt-4 ${card}`}>
        <h2 id="sessions-heading" className="font-semibold">
          Sessions
        </h2>
        <p className="mt-1 mb-3 text-sm text-stone-600 dark:text-stone-400">
          A sign-in lasts 7 days without use and 30 days at most. Signing out everywhere ends every session of yours, on every device, this
          one too.
        </p>
        <SignOutEverywhereButton />
      </section>
    </div>
  );
}
