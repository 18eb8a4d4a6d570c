import type { Metadata } from "next";
import Link from "next/link";
import { DispatchMark } from "@/components/site/DispatchMark";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The two pages open without a session: a quiet centred card. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="grid min-h-dvh place-items-center bg-stone-100 px-4 py-12 dark:bg-stone-950">
      <div className="w-full max-w-sm">
        <Link href="/" className="mb-6 flex items-center justify-center gap-2" aria-label="Dispatch, home">
          <DispatchMark />
        </Link>
        <div className="panel rounded-xl p-6 shadow-sm">{children}</div>
      </div>
    </main>
  );
}
