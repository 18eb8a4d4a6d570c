import { expect, test, type Page } from "@playwright/test";

/** The web font files a page fetched once it is drawn and its fonts have settled. */
async function fontsFetched(page: Page, path: string): Promise<string[]> {
  const fonts: string[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith(".woff2")) fonts.push(new URL(response.url()).pathname.split("/").pop()!);
  });
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  return fonts.sort();
}

test("a page in plain English fetches only the two core font files", async ({ page }) => {
  const fonts = await fontsFetched(page, "/issues/chinese-innovation-news-february-2025");
  expect(fonts).toHaveLength(2);
  expect(fonts.some((f) => f.startsWith("geist_latin") && !f.includes("extra"))).toBe(true);
  expect(fonts.some((f) => f.startsWith("newsreader_latin") && !f.includes("extra"))).toBe(true);
});

test("a name with an accent fetches the extra files, and the accent is drawn in the web font", async ({ page }) => {
  const fonts = await fontsFetched(page, "/authors/tomas-okafor");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tomás Okafor");
  expect(fonts.filter((f) => f.includes("extra"))).toHaveLength(2);
  // Every web face the page uses, extra ones included, loaded. (The "Fallback" faces are local()
  // system fonts for the swap, which a machine without Arial cannot load.)
  const faces = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.status !== "unloaded" && !f.family.endsWith("Fallback")).map((f) => `${f.family}:${f.status}`),
  );
  expect(faces.length).toBeGreaterThanOrEqual(4);
  for (const face of faces) expect(face).toMatch(/:loaded$/);
});

test("the two core fonts are preloaded once each, from the page's head, with no Link header beside", async ({ request }) => {
  const response = await request.get("/issues/chinese-innovation-news-february-2025");
  expect(response.headers()["link"]).toBeUndefined();
  const head = (await response.text()).split("</head>")[0];
  const preloads = [...head.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map((m) => m[1].split("/").pop()!);
  expect(preloads).toHaveLength(2);
  expect(preloads.some((f) => f.startsWith("geist_latin") && !f.includes("extra"))).toBe(true);
  expect(preloads.some((f) => f.startsWith("newsreader_latin") && !f.includes("extra"))).toBe(true);
});
