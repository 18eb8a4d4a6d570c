import type { Metadata } from "next";
import { Suspense } from "react";
import { EditorNav } from "@/components/editor/EditorNav";
import { HoldFirstPaint } from "@/components/ui/HoldFirstPaint";
import { pageUser } from "@/lib/auth-user";

export const metadata: Metadata = {
  title: { default: "Editor", template: "%s · Editor · Dispatch" },
  robots: { index: false, follow: false },
};

/** Checks the session again inside Suspense (the proxy's redirect is only a convenience). One `<main>` per page, here. */
async function SignedIn({ children }: { children: React.ReactNode }) {
  const user = await pageUser();
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-3 focus:z-50 focus:rounded-md focus:bg-accent-700 focus:px-3 focus:py-1.5 focus:text-sm focus:font-semibold focus:text-white"
      >
        Skip to content
      </a>
      <EditorNav user={{ name: user.name, role: user.role }} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
    </>
  );
}

function Loading() {
  return (
    <div className="flex-1 animate-pulse p-6" aria-busy="true" aria-label="Loading">
      <div className="h-6 w-48 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="mt-4 h-32 rounded bg-stone-200/70 dark:bg-stone-800/70" />
    </div>
  );
}

export default function EditorLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-stone-50 text-stone-900 dark:bg-stone-950 dark:text-stone-100">
      {/* The session check and the page are fast: show them in the first frame, not after a skeleton. */}
      <HoldFirstPaint until="main" />
      <Suspense fallback={<Loading />}>
        <SignedIn>{children}</SignedIn>
      </Suspense>
    </div>
  );
}
