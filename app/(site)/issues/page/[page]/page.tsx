import type { Metadata } from "next";
import { alternates } from "@/lib/metadata";
import { ArchiveView } from "../../archive-view";
import { laterPageNumber } from "@/lib/reader/page-route";
import { BUILD_PLACEHOLDER } from "@/lib/reader/build-params";

type Props = { params: Promise<{ page: string }> };

/** Nothing is prerendered from the database (lib/reader/build-params.ts). */
export function generateStaticParams() {
  return [{ page: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return { title: `All issues, page ${page}`, alternates: alternates(`/issues/page/${page}`) };
}

export default async function ArchivePageN({ params }: Props) {
  return <ArchiveView page={laterPageNumber((await params).page, "/issues")} />;
}
