import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { SignInForm } from "@/components/editor/auth/SignInForm";

export const metadata: Metadata = { title: "Sign in" };

export default function LoginPage() {
  return (
    <>
      <h1 className="font-serif text-2xl font-semibold">Sign in</h1>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">To write and publish issues.</p>
      <Suspense>
        <SignInForm />
      </Suspense>
      <p className="mt-4 text-center text-sm">
        <Link href="/editor/reset" className="font-medium text-accent-700 hover:underline dark:text-accent-300">
          Forgot your password?
        </Link>
      </p>
    </>
  );
}
