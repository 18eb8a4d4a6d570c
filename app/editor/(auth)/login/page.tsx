import type { Metadata } from "next";
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
    </>
  );
}
