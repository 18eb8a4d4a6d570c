import type { Metadata } from "next";
import { inviteUser } from "@/actions/users";
import { EntityForm } from "@/components/editor/admin/EntityForm";
import { UserRow } from "@/components/editor/admin/UserRow";
import { PageHeader } from "@/components/editor/PageHeader";
import { listAuthorsForEditor } from "@/db/queries/authors";
import { listOpenInvitations } from "@/db/queries/account-tokens";
import { listUsersForEditor } from "@/db/queries/users";
import { pageUser } from "@/lib/auth-user";
import { roleDescriptions, roleLabels, roles, rolesLeastFirst } from "@/model/role";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await pageUser("owner");
  const [users, authors, invitations] = await Promise.all([listUsersForEditor(), listAuthorsForEditor(), listOpenInvitations()]);
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6">
      <PageHeader title="Users" description="Who can sign in, and what each role may do." />
      <dl className="mt-4 grid gap-2 text-xs sm:grid-cols-3">
        {roles.map((r) => (
          <div key={r} className="rounded-md bg-stone-100 px-3 py-2 dark:bg-stone-900">
            <dt className="font-semibold">{roleLabels[r]}</dt>
            <dd className="text-stone-600 dark:text-stone-400">{roleDescriptions[r]}</dd>
          </div>
        ))}
      </dl>
      <details className="panel mt-5 p-3">
        <summary className="cursor-pointer text-sm font-semibold">+ Invite someone</summary>
        <div className="mt-3">
          <p className="mb-3 text-xs text-stone-600 dark:text-stone-400">
            They get a mail with a link to choose their own password (valid 7 days, works once).
          </p>
          <EntityForm
            action={inviteUser}
            resetOnSuccess
            submitLabel="Send invitation"
            fields={[
              { name: "name", label: "Name", required: true },
              { name: "email", label: "Email", type: "email", required: true },
              {
                name: "role",
                label: "Role",
                type: "select",
                defaultValue: "contributor",
                options: rolesLeastFirst.map((r) => ({ value: r, label: roleLabels[r] })),
              },
            ]}
          />
        </div>
      </details>
      <ul className="panel mt-4 divide-y divide-stone-200 dark:divide-stone-800">
        {users.map((u) => (
          <UserRow
            key={u.id}
            user={{
              id: u.id,
              name: u.name,
              email: u.email,
              role: u.role,
              authorId: u.authorId,
              disabled: !!u.disabledAt,
              lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
              invitedUntil: !u.lastLoginAt ? (invitations.get(u.id)?.toISOString() ?? null) : null,
            }}
            isMe={u.id === me.id}
            authors={authors.map((a) => ({ id: a.id, name: a.name }))}
          />
        ))}
      </ul>
    </div>
  );
}
