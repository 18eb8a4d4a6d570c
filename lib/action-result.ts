/** What every server action returns: `{ ok: true, … }` or `{ ok: false, error, fieldErrors, code }`. */
import type { FieldErrors } from "@/model/common";

/** Every code an action answers a failure with; the client may branch on it, never on the message. */
export type ActionErrorCode =
  | "unauthorized"
  | "forbidden"
  | "invalid"
  | "not-found"
  | "conflict"
  | "in-use"
  | "incomplete"
  | "too-large"
  | "locked"
  | "invalid-link"
  | "last-owner"
  | "mail"
  | "not-published"
  | "already-sent"
  // Said by the client when the request itself failed (offline, server down).
  | "network";

export type ActionFailure = { ok: false; error: string; fieldErrors?: FieldErrors; code?: ActionErrorCode };
export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;

export function failure(error: string, fieldErrors?: FieldErrors, code?: ActionErrorCode): ActionFailure {
  return { ok: false, error, ...(fieldErrors ? { fieldErrors } : {}), ...(code ? { code } : {}) };
}

export const invalidInput = (fieldErrors: FieldErrors) => failure("Some fields need attention.", fieldErrors, "invalid");
