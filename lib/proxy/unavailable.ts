/** The database probe of the proxy, and the 503 a request that needs the database gets while it is down. */
import { NextResponse } from "next/server";
import { errorMessage, log } from "@/lib/log";
import { limitedPage } from "@/lib/server/limited-page";
import { proxyServices } from "./services";

/** True when the database answers (or when there is no probe yet, during the build). */
export async function databaseAnswers(): Promise<boolean> {
  const ping = proxyServices()?.pingDatabase;
  if (!ping) return true;
  try {
    await ping();
    return true;
  } catch (err) {
    log.warn({ err: errorMessage(err) }, "database unavailable: answering 503");
    return false;
  }
}

/**
 * What a request that needs the database gets while it is down: a real 503 that says so, with
 * Retry-After, instead of an error page (cached reader pages never come here: they are served).
 */
export function unavailable(): NextResponse {
  const body = limitedPage(
    "Back in a moment",
    "Dispatch cannot reach its database right now, so this page or action is not available. Nothing you sent was lost or half-saved; please try again in a few seconds.",
  );
  return new NextResponse(body, {
    status: 503,
    headers: { "Retry-After": "5", "Cache-Control": "no-store", "Content-Type": "text/html; charset=utf-8" },
  });
}
