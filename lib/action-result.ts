/** What every server action returns: `{ ok: true, … }` or `{ ok: false, error, fieldErrors }`. */
import type { FieldErrors } from "@/model/common";

export type ActionFailure = { ok: false; error: string; fieldErrors?: FieldErrors; code?: string };
export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;

export function failure(error: string, fieldErrors?: FieldErrors, code?: string): ActionFailure {
  return { ok: false, error, ...(fieldErrors ? { fieldErrors } : {}), ...(code ? { code } : {}) };
}

export const invalidInput = (fieldErrors: FieldErrors) => failure("Some fields need attention.", fieldErrors, "invalid");
