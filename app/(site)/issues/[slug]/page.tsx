import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IssueArticle } from "@/components/site/issue/IssueArticle";
import { getIssueForReader, getNextEvent, getPublishedSlugs } from "@/lib/reader/data";

type Props = { params: Promise<{ slug: string }> };

/** Placeholder that renders a 404 when there is nothing published yet (the build needs one entry). */
const NO_ISSUES = "__none__";

export async function generateStaticParams() {
  const slugs = await getPublishedSlugs();
  return slugs.length > 0 ? slugs.map(({ slug }) => ({ slug })) : [{ slug: NO_ISSUES }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const issue = await getIssueForReader(slug);
  if (!issue) return { title: "Issue not found" };
  return {
    title: issue.seoTitle || issue.title,
    description: issue.seoDescription || issue.summary,
    alternates: { canonical: `/issues/${issue.slug}` },
  };
}

export default async function IssuePage({ params }: Props) {
  const { slug } = await params;
  const [issue, nextEvent] = await Promise.all([getIssueForReader(slug), getNextEvent()]);
  if (!issue) notFound();
  return <IssueArticle issue={issue} nextEvent={nextEvent} />;
}
