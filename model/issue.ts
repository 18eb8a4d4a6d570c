/**
 * An issue: its statuses (the `issue_status` enum of the database is made from this tuple), who
 * may edit it, and how its words are counted.
 */
import type { Role } from "./role";
import { hasRole } from "./role";

export const issueStatuses = ["draft", "scheduled", "published"] as const;
export type IssueStatus = (typeof issueStatuses)[number];

/**
 * Who may edit (save, restore, delete, preview) an issue: editors and owners any issue;
 * contributors only drafts they created. The queries take `ownScope(user)` (model/role.ts) as
 * `ownDraftsOf` and apply the second half, isOwnDraft, inside their transaction or WHERE clause.
 */
export function mayEditIssue(user: { id: number; role: Role }, issue: { createdBy: number | null; status: IssueStatus }): boolean {
  return hasRole(user.role, "editor") || isOwnDraft(user.id, issue);
}

/** True when the issue is a draft that `userId` created (what a contributor may touch). */
export function isOwnDraft(userId: number, issue: { createdBy: number | null; status: IssueStatus }): boolean {
  return issue.createdBy === userId && issue.status === "draft";
}

/**
 * Words in a text: runs of non-whitespace. The reader's word count is computed in SQL over the
 * stored rows (db/queries/issues/word-count.ts), the
 * preview's here over the draft; tests/db/word-count.test.ts proves both agree.
 */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

type Countable = { summary: string; sections: { title: string; body: string; items: { title: string; body: string }[] }[] };

/** The words of an issue: its summary, each section's title and body, each roundup item's title and body. */
export function issueWordCount(issue: Countable): number {
  let count = countWords(issue.summary);
  for (const s of issue.sections) {
    count += countWords(`${s.title} ${s.body}`);
    for (const i of s.items) count += countWords(`${i.title} ${i.body}`);
  }
  return count;
}
