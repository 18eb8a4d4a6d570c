import { connection } from "next/server";
import { pingDatabase } from "@/db/queries/health";

/** Liveness and readiness: 200 when the database answers, 503 with the reason when it does not. */
export async function GET() {
  await connection();
  try {
    await pingDatabase();
    return Response.json({ status: "ok", db: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    return Response.json(
      { status: "error", db: "unavailable", reason: (err as NodeJS.ErrnoException).code ?? "the database did not answer" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
