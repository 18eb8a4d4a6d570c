import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { SetupForm } from "@/components/editor/auth/SetupForm";
import { countUsersForEditor } from "@/db/queries/users";

export const metadata: Metadata = { title: "Set up Dispatch" };

/** Exists only while there is no user; the proxy answers a real 404 afterwards. */
async function SetupGate() {
  await connection();
  if ((await countUsersForEditor()) > 0) notFound();
  return <SetupForm />;
}

export default function SetupPage() {
  return (
    <>
      <h1 className="font-serif text-2xl font-semibold">Create the owner</h1>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        The first account owns this Dispatch: it can publish and manage users. This page disappears once it exists.
      </p>
      <Suspense>
        <SetupGate />
      </Suspense>
    </>
  );
}
