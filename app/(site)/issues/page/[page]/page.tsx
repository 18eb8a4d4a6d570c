import type { Metadata } from "next";
import { alternates } from "@/lib/metadata";
import { notFound, permanentRedirect } from "next/navigation";
import { ArchiveView } from "../../archive-view";
import { BUILD_PLACEHOLDER } from "@/lib/reader/build-params";

type Props = { params: Promise<{ page: string }> };

/** Only plain positive integers are pages ("2", not "02", "-1", "1e3" or "two"). */
function parsePage(raw: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
}

/** Nothing is prerendered from the database (lib/reader/build-params.ts). */
export function generateStaticParams() {
  return [{ page: BUILD_PLACEHOLDER }];
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
