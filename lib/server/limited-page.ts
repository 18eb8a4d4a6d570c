/**
 * The page a client gets with a 429. Sent by proxy.ts itself (a rewrite to a site page would keep
 * that page's 200), so it is self-contained: inline styles in the site's colours, light and dark.
 */
export function limitedPage(title: string, message: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title} · Dispatch</title>
<style>
:root{color-scheme:light dark;--bg:#fafaf9;--fg:#1c1917;--muted:#57534e;--accent:#0f766e}
@media (prefers-color-scheme:dark){:root{--bg:#0c0a09;--fg:#f5f5f4;--muted:#a8a29e;--accent:#5eead4}}
body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.6 system-ui,sans-serif}
main{max-width:36rem;margin:0 auto;padding:18vh 1.5rem 4rem}
p.eyebrow{font-size:.75rem;font-weight:700;letter-spacing:.18em;text-transform:uppercase;color:var(--accent);margin:0}
h1{font:600 2.4rem/1.15 Georgia,serif;margin:.5rem 0 1rem}
p{color:var(--muted)} a{color:var(--accent);font-weight:600}
</style></head>
<body><main><p class="eyebrow">Dispatch</p><h1>${title}</h1><p>${message}</p>
<p><a href="/">Home</a> · <a href="/issues">All issues</a></p></main></body></html>`;
}
