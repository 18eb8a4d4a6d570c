/**
 * POST /api/cron/publish-due — publishes every scheduled issue whose time has come and invalidates
 * their cache tags in this server process. Called every few seconds by the in-process scheduler
 * (lib/server/scheduler.ts) and by `npm run publish:due`; needs the job token.
 */
import { publishDueIssues } from "@/db/queries/issues/publishing";
import { audit } from "@/lib/audit";
import { isJobRequest } from "@/lib/auth/job-token";
import { invalidateFromHandler, tagsForIssueChange } from "@/lib/revalidate";

export async function POST(request: Request) {
  if (!isJobRequest(request)) return Response.json({ ok: false, error: "Not allowed." }, { status: 401 });
  const published = await publishDueIssues();
  invalidateFromHandler(tagsForIssueChange(...published));
  for (const issue of published)
    await audit("publish", { actor: "scheduler", target: `issue "${issue.slug}"`, details: { scheduled: true } });
  return Response.json({ ok: true, published: published.map((p) => p.slug) }, { headers: { "Cache-Control": "no-store" } });
}
