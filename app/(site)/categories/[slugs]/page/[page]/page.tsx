import type { Metadata } from "next";
import { BUILD_PLACEHOLDER } from "@/lib/reader/build-params";
import { laterPageNumber } from "@/lib/reader/page-route";
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
  const { slugs, page } = await params;
  return <CategoryView raw={slugs} page={laterPageNumber(page, `/categories/${slugs}`)} />;
}
