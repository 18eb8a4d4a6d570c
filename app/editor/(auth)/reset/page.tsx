import type { Metadata } from "next";
import Link from "next/link";
import { ResetRequestForm } from "@/components/editor/auth/ResetRequestForm";

export const metadata: Metadata = { title: "Reset password" };

export default function ResetPage() {
  return (
    <>
      <h1 className="font-serif text-2xl font-semibold">Reset password</h1>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">We mail you a link to choose a new one.</p>
      <ResetRequestForm />
      <p className="mt-4 text-center text-sm">
        <Link href="/editor/login" className="font-medium text-accent-700 hover:underline dark:text-accent-300">
          Back to sign in
        </Link>
      </p>
    </>
  );
}
