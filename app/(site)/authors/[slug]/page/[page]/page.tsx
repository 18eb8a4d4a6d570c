import type { Metadata } from "next";
import { BUILD_PLACEHOLDER } from "@/lib/reader/build-params";
import { laterPageNumber } from "@/lib/reader/page-route";
import { parsePageNumber } from "@/lib/reader/pages";
import { AuthorView, authorMetadata } from "../../author-view";

type Props = { params: Promise<{ slug: string; page: string }> };

/** Nothing is prerendered from the database (lib/reader/build-params.ts). */
export function generateStaticParams() {
  return [{ page: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  return authorMetadata(slug, parsePageNumber(page) ?? 1);
}

export default async function AuthorPageN({ params }: Props) {
  const { slug, page } = await params;
  return <AuthorView slug={slug} page={laterPageNumber(page, `/authors/${slug}`)} />;
}
