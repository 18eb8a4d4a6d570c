/** Live progress of an issue's send, polled by the editor's progress bar. Editors and owners only. */
import { NextResponse } from "next/server";
import { getSendProgressForEditor } from "@/db/queries/sends";
import { requireRole } from "@/lib/auth";
import { idSchema } from "@/model/common";

export async function GET(_request: Request, { params }: { params: Promise<{ issueId: string }> }) {
  const guard = await requireRole("editor");
  if (!guard.ok) return NextResponse.json(guard, { status: guard.code === "unauthorized" ? 401 : 403 });
  const parsed = idSchema.safeParse((await params).issueId);
  if (!parsed.success) return NextResponse.json({ ok: false, error: "Unknown issue." }, { status: 404 });
  const progress = await getSendProgressForEditor(parsed.data);
  return NextResponse.json({ ok: true, progress }, { headers: { "cache-control": "no-store" } });
}
