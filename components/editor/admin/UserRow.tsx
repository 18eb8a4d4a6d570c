"use client";

import { useState, useTransition } from "react";
import { inviteAgain, revokeUserSessions, updateUser } from "@/actions/users";
import { LocalTime } from "@/components/editor/LocalTime";
import { buttonClass, SelectOptions } from "@/components/editor/ui";
import { roleLabels, rolesLeastFirst, type Role } from "@/model/role";

type Row = {
  id: number;
  name: string;
  email: string;
  role: Role;
  authorId: number | null;
  disabled: boolean;
  lastLoginAt: string | null;
  invitedUntil: string | null;
};

export function UserRow({ user, isMe, authors }: { user: Row; isMe: boolean; authors: Array<{ id: number; name: string }> }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = (act: () => Promise<{ ok: boolean; error?: string }>, success?: string) =>
    start(async () => {
      setError(null);
      setDone(null);
      const r = await act();
      if (!r.ok) setError(r.error ?? "That did not work.");
      else if (success) setDone(success);
    });
  const change = (c: { role?: Role; disabled?: boolean; authorId?: number | null }) => run(() => updateUser({ id: user.id, ...c }));
  const selectClass = "rounded-md border border-stone-300 bg-white px-1.5 py-1 text-xs dark:border-stone-700 dark:bg-stone-900";
  return (
    <li className={`flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 ${user.disabled ? "opacity-60" : ""}`}>
      <div className="min-w-0 flex-1">
        <p className="font-medium">
          {user.name} {isMe ? <span className="text-xs font-normal text-stone-600 dark:text-stone-400">(you)</span> : null}
          {user.disabled ? (
            <span className="ml-2 rounded bg-stone-200 px-1.5 text-[10px] font-semibold uppercase dark:bg-stone-800">Disabled</span>
          ) : null}
          {user.invitedUntil ? (
            <span className="ml-2 rounded bg-amber-100 px-1.5 text-[10px] font-semibold text-amber-900 uppercase dark:bg-amber-950 dark:text-amber-200">
              Invited
            </span>
          ) : null}
        </p>
        <p className="text-xs text-stone-500 dark:text-stone-400">
          {user.email} ·{" "}
          {user.lastLoginAt ? (
            <>
              last sign-in <LocalTime iso={user.lastLoginAt} />
            </>
          ) : (
            "never signed in"
          )}
        </p>
      </div>
      <label className="flex items-center gap-1.5 text-xs">
        <span className="text-stone-600 dark:text-stone-400">Role</span>
        <select
          className={selectClass}
          value={user.role}
          disabled={pending}
          onChange={(e) => change({ role: e.target.value as Role })}
          aria-label={`Role of ${user.name}`}
        >
          {rolesLeastFirst.map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1.5 text-xs">
        <span className="text-stone-600 dark:text-stone-400">Byline</span>
        <select
          className={selectClass}
          value={user.authorId ?? ""}
          disabled={pending}
          onChange={(e) => change({ authorId: e.target.value ? Number(e.target.value) : null })}
          aria-label={`Byline of ${user.name}`}
        >
          <SelectOptions empty="None" options={authors.map((a) => ({ value: a.id, label: a.name }))} />
        </select>
      </label>
      <button
        type="button"
        className={buttonClass.secondary + " text-xs"}
        disabled={pending}
        onClick={() => change({ disabled: !user.disabled })}
      >
        {user.disabled ? "Enable" : "Disable"}
      </button>
      {user.lastLoginAt ? (
        <button
          type="button"
          className={buttonClass.secondary + " text-xs"}
          disabled={pending}
          aria-label={`Sign ${user.name} out everywhere`}
          onClick={() =>
            run(
              () => revokeUserSessions(user.id),
              isMe ? "All your sessions end now; sign in again." : `${user.name} is signed out everywhere.`,
            )
          }
        >
          Sign out everywhere
        </button>
      ) : (
        <button
          type="button"
          className={buttonClass.secondary + " text-xs"}
          disabled={pending}
          onClick={() => run(() => inviteAgain(user.id), `A new invitation is on its way to ${user.email}.`)}
        >
          Invite again
        </button>
      )}
      {done ? (
        <p role="status" className="w-full text-xs font-medium text-emerald-700 dark:text-emerald-300">
          {done}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="w-full text-xs font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </li>
  );
}
