/**
 * The newsletter signup as a browser without JavaScript posts it: the hidden fields React renders
 * into the form on /newsletter (the action id and its state) plus an address, as multipart.
 * Used by the load and fault scripts to post real signups over HTTP.
 */
const decode = (v: string) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

export const SIGNUP_BOUNDARY = "----dispatchsignup7f3a";

/** The form's hidden fields, or null when /newsletter has no signup form. */
export async function signupForm(base: string): Promise<Record<string, string> | null> {
  const html = await (await fetch(`${base}/newsletter`)).text();
  const form = /<form[^>]*method="POST"[^>]*>([\s\S]*?)<\/form>/i.exec(html)?.[1];
  if (!form || !form.includes("$ACTION_KEY")) return null;
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) fields[m[1]] = decode(m[2] ?? "");
  fields.website = "";
  fields.source = "/newsletter";
  return fields;
}

/** The request a browser sends for that form with `email` filled in. */
export function signupRequest(base: string, fields: Record<string, string>, email: string, clientAddress: string) {
  const body =
    Object.entries({ ...fields, email })
      .map(([name, value]) => `--${SIGNUP_BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join("") + `--${SIGNUP_BOUNDARY}--\r\n`;
  return {
    headers: {
      origin: base,
      "x-forwarded-for": clientAddress,
      "content-type": `multipart/form-data; boundary=${SIGNUP_BOUNDARY}`,
    },
    body,
  };
}

/** What the visitor reads after a signup that was taken. */
export const SIGNUP_THANKS = "Thank you!";
