import type { Metadata } from "next";
import { BUILD_PLACEHOLDER } from "@/lib/reader/build-params";
import { CategoryView, categoryMetadata } from "./category-view";

type Props = { params: Promise<{ slugs: string }> };

/** Nothing is prerendered from the database (lib/reader/build-params.ts). */
export function generateStaticParams() {
  return [{ slugs: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return categoryMetadata((await params).slugs, 1);
}

export default async function CategoryPage({ params }: Props) {
  return <CategoryView raw={(await params).slugs} page={1} />;
}
