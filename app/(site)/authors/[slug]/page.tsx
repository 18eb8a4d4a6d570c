import type { Metadata } from "next";
import { BUILD_PLACEHOLDER } from "@/lib/reader/build-params";
import { AuthorView, authorMetadata } from "./author-view";

type Props = { params: Promise<{ slug: string }> };

/** Nothing is prerendered from the database (lib/reader/build-params.ts). */
export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return authorMetadata((await params).slug, 1);
}

export default async function AuthorPage({ params }: Props) {
  return <AuthorView slug={(await params).slug} page={1} />;
}
