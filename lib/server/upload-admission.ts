/**
 * What every editor upload route checks before it reads a byte of the body, in this order: a
 * session with at least `role`, a request from this site, and a declared size within `maxBytes`
 * (a body that does not declare its size, or lies, is still cut off at the cap while it is read).
 * The refusals are JSON, as the upload forms read them.
 */
import { requireRole } from "@/lib/auth";
import { declaresMoreThan } from "@/lib/server/body-limit";
import { isSameOrigin } from "@/lib/server/same-origin";
import type { Role } from "@/model/role";
import type { EditorUser } from "@/model/user";

export async function admitUpload(
  request: Request,
  { role, maxBytes, tooLarge }: { role: Role; maxBytes: number; tooLarge: string },
): Promise<{ ok: true; user: EditorUser } | { ok: false; response: Response }> {
  const guard = await requireRole(role);
  if (!guard.ok) return { ok: false, response: Response.json(guard, { status: guard.code === "unauthorized" ? 401 : 403 }) };
  if (!isSameOrigin(request))
    return { ok: false, response: Response.json({ ok: false, error: "Cross-site upload refused." }, { status: 403 }) };
  if (declaresMoreThan(request, maxBytes)) return { ok: false, response: Response.json({ ok: false, error: tooLarge }, { status: 413 }) };
  return guard;
}
