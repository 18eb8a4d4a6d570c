/**
 * Route handlers get no Origin check from Next (server actions do). A state-changing request
 * from a browser carries Origin (or at least Sec-Fetch-Site); both must say same origin.
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  const origin = request.headers.get("origin");
  if (!origin) return site === "same-origin";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * True when a browser says the request comes from another site: an Origin naming another host, or
 * Sec-Fetch-Site other than same-origin/none. A request with neither header is not a browser's and
 * carries no ambient cookies, so it is not a cross-site forgery (Next treats server actions alike).
 */
export function isCrossSite(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
