/**
 * The one way to write a server action: the guard (session and role, or "public" for the few
 * actions that cannot need a session), then the zod parse of the input, then the action's own
 * work with the parsed data and the signed-in user. Bad input always answers
 * `{ ok: false, error, fieldErrors, code: "invalid" }`; a refused caller the Refusal of lib/auth.ts.
 * Server actions are public POST endpoints: nothing else guards them (tests/security/authorization).
 */
import "server-only";
import { z } from "zod";
import { failure, type ActionFailure } from "@/lib/action-result";
import { requireRole } from "@/lib/auth";
import { fieldErrorsOf, type FieldErrors } from "@/model/common";
import type { Role } from "@/model/role";
import type { EditorUser } from "@/model/user";

/** Who may call: at least this role, or anyone ("public": sign-in, setup, password links). */
export type Access = Role | "public";
export type ActionContext<A extends Access> = { user: A extends Role ? EditorUser : null };

type Options = {
  /** The error line for input that does not parse (default "Some fields need attention."), or a function of the field errors. */
  invalid?: string | ((fieldErrors: FieldErrors) => string);
};
type FormOptions = Options & {
  /** The error line when the second argument is not a form at all (default "Fill in the form."). */
  notAForm?: string;
  /** What to parse from the form (default: every field, `Object.fromEntries`). */
  read?: (form: FormData) => unknown;
};

/** The schema of an action that takes nothing: whatever is sent (a form's FormData, say) is ignored. */
export const noInput = z.unknown().transform((): undefined => undefined);

/** How an action can fail before its work: the guard, the parse. A public action without input cannot. */
type Early<A extends Access, S extends z.ZodType> = A extends "public" ? (S extends typeof noInput ? never : ActionFailure) : ActionFailure;

type Work<A extends Access, S extends z.ZodType, R> = (data: z.output<S>, context: ActionContext<A>) => Promise<R>;

async function run<A extends Access, S extends z.ZodType, R>(
  access: A,
  schema: S,
  read: () => unknown,
  options: FormOptions,
  work: Work<A, S, R>,
): Promise<R | ActionFailure> {
  let user: EditorUser | null = null;
  if (access !== "public") {
    const guard = await requireRole(access as Role);
    if (!guard.ok) return guard;
    user = guard.user;
  }
  const raw = read();
  if (raw === notAForm) return failure(options.notAForm ?? "Fill in the form.", undefined, "invalid");
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const message =
      typeof options.invalid === "function" ? options.invalid(fieldErrors) : (options.invalid ?? "Some fields need attention.");
    return failure(message, fieldErrors, "invalid");
  }
  return work(parsed.data, { user } as ActionContext<A>);
}

const notAForm = Symbol("not a form");

/** An action called with one argument (an object, an id) or none, e.g. `saveIssue({ id, version, draft })`. */
export function editorAction<A extends Access, S extends z.ZodType, R>(access: A, schema: S, work: Work<A, S, R>, options: Options = {}) {
  return async (...args: undefined extends z.input<S> ? [input?: z.input<S>] : [input: z.input<S>]): Promise<R | Early<A, S>> =>
    run(access, schema, () => args[0], options, work) as Promise<R | Early<A, S>>;
}

/** A form action for useActionState: `(previous state, FormData)`. */
export function editorFormAction<A extends Access, S extends z.ZodType, R>(
  access: A,
  schema: S,
  work: Work<A, S, R>,
  options: FormOptions = {},
) {
  return async (_previous: unknown, formData: FormData): Promise<R | ActionFailure> =>
    run(access, schema, () => (formData instanceof FormData ? (options.read ?? Object.fromEntries)(formData) : notAForm), options, work);
}
