/**
 * Roles and what each may do. Shared by the server (the guard) and the client (hiding what a
 * role cannot do — hiding is never the guard).
 */
export const roles = ["contributor", "editor", "owner"] as const;
export type Role = (typeof roles)[number];

const rank: Record<Role, number> = { contributor: 1, editor: 2, owner: 3 };

/** True when `role` is at least `minimum` (owner > editor > contributor). */
export function hasRole(role: Role, minimum: Role): boolean {
  return rank[role] >= rank[minimum];
}

export const roleLabels: Record<Role, string> = {
  owner: "Owner",
  editor: "Editor",
  contributor: "Contributor",
};

/** What a role may do, in words for the users page. */
export const roleDescriptions: Record<Role, string> = {
  owner: "Everything, including users.",
  editor: "All content, subscribers and sending.",
  contributor: "Writes and edits their own drafts; cannot publish.",
};
