import type { Metadata } from "next";
import { alternates } from "@/lib/metadata";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/site/JsonLd";
import { IssueArticle } from "@/components/site/issue/IssueArticle";
import { SignupBox } from "@/components/site/newsletter/SignupBox";
import { absoluteUrl } from "@/lib/env";
import { rasterCoverPath } from "@/lib/og/cover-image";
import { getIssueForReader, getNextEvent } from "@/lib/reader/data";
import { BUILD_PLACEHOLDER } from "@/lib/reader/build-params";

type Props = { params: Promise<{ slug: string }> };

/** Nothing is prerendered from the database (lib/reader/build-params.ts). */
export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const issue = await getIssueForReader(slug);
  if (!issue) return { title: "Issue not found" };
  const title = issue.seoTitle || issue.title;
  const description = issue.seoDescription || issue.summary;
  return {
    title,
    description,
    alternates: alternates(`/issues/${issue.slug}`),
    authors: issue.author ? [{ name: issue.author.name, url: `/authors/${issue.author.slug}` }] : undefined,
    openGraph: {
      type: "article",
      title,
      description,
      url: `/issues/${issue.slug}`,
      publishedTime: issue.publishedAt?.toISOString(),
      modifiedTime: issue.updatedAt.toISOString(),
      authors: issue.author ? [absoluteUrl(`/authors/${issue.author.slug}`)] : undefined,
      tags: issue.categories.map((c) => c.name),
    },
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function IssuePage({ params }: Props) {
  const { slug } = await params;
  const [issue, nextEvent] = await Promise.all([getIssueForReader(slug), getNextEvent()]);
  if (!issue) notFound();
  const url = absoluteUrl(`/issues/${issue.slug}`);
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "NewsArticle",
          headline: issue.title,
          description: issue.summary,
          url,
          mainEntityOfPage: url,
          // Google takes raster images only: a demo SVG cover is served as JPEG (lib/og/cover-image.ts).
          image: issue.coverImage ? [absoluteUrl(rasterCoverPath(issue.coverImage))] : undefined,
          datePublished: issue.publishedAt?.toISOString(),
          dateModified: issue.updatedAt.toISOString(),
          articleSection: issue.categories.map((c) => c.name),
          author: issue.author
            ? [{ "@type": "Person", name: issue.author.name, url: absoluteUrl(`/authors/${issue.author.slug}`) }]
            : undefined,
          publisher: { "@type": "Organization", name: "Dispatch", url: absoluteUrl("/") },
        }}
      />
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "BreadcrumbList",
          itemListElement: [
            { "@type": "ListItem", position: 1, name: "Dispatch", item: absoluteUrl("/") },
            { "@type": "ListItem", position: 2, name: "Issues", item: absoluteUrl("/issues") },
            { "@type": "ListItem", position: 3, name: issue.title, item: url },
          ],
        }}
      />
      <IssueArticle issue={issue} nextEvent={nextEvent} footer={<SignupBox source={`/issues/${issue.slug}`} />} />
    </>
  );
}
