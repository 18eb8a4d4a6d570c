import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { BUILD_PLACEHOLDER } from "@/lib/reader/build-params";
import { parsePageNumber } from "@/lib/reader/pages";
import { CategoryView, categoryMetadata } from "../../category-view";

type Props = { params: Promise<{ slugs: string; page: string }> };

/** Nothing is prerendered from the database (lib/reader/build-params.ts). */
export function generateStaticParams() {
  return [{ page: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slugs, page } = await params;
  return categoryMetadata(slugs, parsePageNumber(page) ?? 1);
}

export default async function CategoryPageN({ params }: Props) {
  const { slugs, page: raw } = await params;
  const page = parsePageNumber(raw);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(`/categories/${slugs}`);
  return <CategoryView raw={slugs} page={page} />;
}
