/**
 * Roles and what each may do. Shared by the server (the guard) and the client (hiding what a
 * role cannot do — hiding is never the guard).
 */
export const roles = ["owner", "editor", "contributor"] as const;
export type Role = (typeof roles)[number];

/** The roles from the least to the most, the order the users page offers them in. */
export const rolesLeastFirst: readonly Role[] = ["contributor", "editor", "owner"];

const rank: Record<Role, number> = { contributor: 1, editor: 2, owner: 3 };

/** True when `role` is at least `minimum` (owner > editor > contributor). */
export function hasRole(role: Role, minimum: Role): boolean {
  return rank[role] >= rank[minimum];
}

/**
 * Whose rows a user may act on: undefined (everyone's) for editors and owners, their own id for
 * contributors, who touch only what they created (their drafts, their uploads).
 */
export function ownScope(user: { id: number; role: Role }): number | undefined {
  return hasRole(user.role, "editor") ? undefined : user.id;
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
