import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The two pages open without a session: a quiet centred card. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="grid min-h-dvh place-items-center bg-stone-100 px-4 py-12 dark:bg-stone-950">
      <div className="w-full max-w-sm">
        <Link href="/" className="mb-6 flex items-center justify-center gap-2" aria-label="Dispatch, home">
          <span
            aria-hidden="true"
            className="grid size-8 place-items-center rounded-lg bg-accent-700 font-serif text-lg font-semibold text-white dark:bg-accent-300 dark:text-stone-950"
          >
            D
          </span>
          <span className="font-serif text-xl font-semibold tracking-tight">Dispatch</span>
        </Link>
        <div className="panel rounded-xl p-6 shadow-sm">{children}</div>
      </div>
    </main>
  );
}
