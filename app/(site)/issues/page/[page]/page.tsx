import type { Metadata } from "next";
import { alternates } from "@/lib/metadata";
import { notFound, permanentRedirect } from "next/navigation";
import { getArchivePage } from "@/lib/reader/data";
import { ArchiveView } from "../../archive-view";

type Props = { params: Promise<{ page: string }> };

/** Only plain positive integers are pages ("2", not "02", "-1", "1e3" or "two"). */
function parsePage(raw: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
}

export async function generateStaticParams() {
  const { pages } = await getArchivePage(1);
  // At least one entry is required; page 2 of a short archive simply answers 404.
  return Array.from({ length: Math.max(1, pages - 1) }, (_, i) => ({ page: String(i + 2) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return { title: `All issues, page ${page}`, alternates: alternates(`/issues/page/${page}`) };
}

export default async function ArchivePageN({ params }: Props) {
  const page = parsePage((await params).page);
  if (page === null) notFound();
  if (page === 1) permanentRedirect("/issues");
  return <ArchiveView page={page} />;
}
