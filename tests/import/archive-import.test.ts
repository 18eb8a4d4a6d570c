/**
 * Archive import: an RSS file and a Ghost export become draft issues with sections split at h2
 * and figures whose images were fetched from a local HTTP server (127.0.0.1, allowed for the
 * test only) into the media store. A second import changes nothing; private addresses are
 * refused without the setting.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { getIssueForEditor, listIssuesForEditor } from "@/db/queries/issues/editor";
import { createUserForEditor } from "@/db/queries/users";
import { fetchImportImage, isPublicAddress } from "@/lib/import/fetch-image";
import { importArchiveFile } from "@/lib/import/issues";
import { storage } from "@/lib/storage";
import { databaseForThisFile } from "../support/database";
import { databaseFingerprint } from "../support/editor-fixtures";

process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "dispatch-archive-"));

let owner = 0;
const database = databaseForThisFile(async () => {
  owner = (await createUserForEditor({ email: "owner@example.com", name: "Owner", role: "owner", passwordHash: "x" })).id;
});

let server: http.Server;
let base = "";
const requests: string[] = [];

beforeAll(async () => {
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#0f766e" } })
    .png()
    .toBuffer();
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#b45309" } })
    .jpeg()
    .toBuffer();
  server = http.createServer((req, res) => {
    requests.push(req.url ?? "");
    if (req.url === "/a.png" || req.url === "/content/images/cover.png")
      return res.writeHead(200, { "content-type": "image/png" }).end(png);
    if (req.url === "/b.jpg") return res.writeHead(200, { "content-type": "image/jpeg" }).end(jpeg);
    if (req.url === "/moved") return res.writeHead(302, { location: "/b.jpg" }).end();
    if (req.url === "/page.html") return res.writeHead(200, { "content-type": "image/png" }).end("<script>alert(1)</script>");
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const rss = () => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Old newsletter</title><link>${base}/</link>
<item>
  <title>March roundup &amp; more</title>
  <link>${base}/posts/march</link>
  <guid>${base}/posts/march</guid>
  <pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate>
  <description>Short summary of March.</description>
  <content:encoded><![CDATA[<p>Opening words with <a href="https://example.org/source">a link</a>.</p>
<figure><img src="/a.png" alt="A teal square"><figcaption>The square</figcaption></figure>
<h2>Chips</h2><p>Chip news <strong>here</strong>.</p><script>alert("x")</script><p><img src="${base}/moved" alt="Orange"></p>
<h2>Cars</h2><p onclick="evil()">Car news, <a href="javascript:alert(1)">bad link</a>.</p><ul><li>one</li><li>two</li></ul>
<p><img src="${base}/missing.png" alt="Gone"></p>]]></content:encoded>
</item>
<item>
  <title>April</title>
  <link>${base}/posts/april</link>
  <pubDate>Fri, 05 Apr 2024 09:00:00 GMT</pubDate>
  <description><![CDATA[<p>April in <em>short</em>.</p>]]></description>
</item>
</channel></rss>`;

const ghost = () =>
  JSON.stringify({
    db: [
      {
        meta: { exported_on: 1717000000000, version: "5.80.0" },
        data: {
          posts: [
            {
              id: "65f0c0ffee",
              title: "Ghost post",
              slug: "ghost-post",
              type: "post",
              status: "published",
              published_at: "2024-05-01T08:00:00.000Z",
              custom_excerpt: "From Ghost.",
              feature_image: "__GHOST_URL__/content/images/cover.png",
              mobiledoc: null,
              lexical: '{"root":{}}',
              html: `<p>Lead.</p><h2>Part one</h2><p>Text one.</p><figure class="kg-card kg-image-card"><img src="__GHOST_URL__/content/images/cover.png" alt="Cover again"></figure><h2>Part two</h2><p>Text two with <a href="https://example.com/x">a link</a>.</p>`,
            },
            { id: "65f0c0ffef", title: "About", slug: "about", type: "page", html: "<p>A page, not a post.</p>" },
          ],
        },
      },
    ],
  });

async function storedExists(src: string): Promise<boolean> {
  const object = await storage().get(src.replace(/^\/media\//, ""));
  if (!object) return false;
  await object.body.cancel();
  return object.size > 0;
}

describe("archive import", () => {
  it("an RSS file becomes drafts with sections at h2, links kept, images in the media store", async () => {
    const summary = await importArchiveFile(rss(), { createdBy: owner, allowPrivateNetwork: true });
    expect(summary.source).toBe("rss");
    expect(summary.created.map((c) => c.title)).toEqual(["March roundup & more", "April"]);
    expect(summary.images.copied).toBe(2);
    expect(summary.images.failed).toEqual([{ url: `${base}/missing.png`, reason: "answered 404" }]);

    const march = (await getIssueForEditor(summary.created[0].id))!;
    expect(march.status).toBe("draft");
    expect(march.draft.summary).toBe("Short summary of March.");
    expect(march.draft.sections.map((s) => s.title)).toEqual(["March roundup & more", "Chips", "Cars"]);
    const [lead, chips, cars] = march.draft.sections;
    expect(lead.body).toBe("Opening words with [a link](https://example.org/source).");
    expect(lead.figure).toMatchObject({ alt: "A teal square", caption: "The square", width: 40, height: 30 });
    expect(chips.body).toBe("Chip news **here**.");
    expect(chips.body).not.toContain("alert");
    expect(chips.figure).toMatchObject({ alt: "Orange", width: 64, height: 48 });
    expect(cars.body).toContain("- one\n- two");
    expect(cars.body).not.toMatch(/javascript|onclick|evil/);
    expect(cars.figure).toBeNull();
    for (const figure of [lead.figure!, chips.figure!]) {
      expect(figure.src).toMatch(/^\/media\/[0-9a-f]{2}\//);
      expect(await storedExists(figure.src)).toBe(true);
    }
    const april = (await getIssueForEditor(summary.created[1].id))!;
    expect(april.draft.sections).toEqual([expect.objectContaining({ title: "April", body: "April in *short*." })]);
    // They wait in the editor's list as drafts.
    const drafts = await listIssuesForEditor({ status: "draft" });
    expect(drafts.map((d) => d.title).sort()).toEqual(["April", "March roundup & more"]);
  });

  it("a Ghost export becomes drafts (posts only), with its cover and figures; a second import changes nothing", async () => {
    const summary = await importArchiveFile(ghost(), { createdBy: owner, allowPrivateNetwork: true, ghostUrl: base });
    expect(summary.source).toBe("ghost");
    expect(summary.created).toEqual([{ id: expect.any(Number), title: "Ghost post", slug: "ghost-post" }]);
    const post = (await getIssueForEditor(summary.created[0].id))!;
    expect(post.draft.summary).toBe("From Ghost.");
    expect(post.draft.cover).toMatchObject({ width: 40, height: 30 });
    expect(await storedExists(post.draft.cover!.src)).toBe(true);
    expect(post.draft.sections.map((s) => [s.title, s.body, s.figure ? "figure" : null])).toEqual([
      ["Ghost post", "Lead.", null],
      ["Part one", "Text one.", "figure"],
      ["Part two", "Text two with [a link](https://example.com/x).", null],
    ]);

    const before = await databaseFingerprint(database().db);
    const again = await importArchiveFile(ghost(), { createdBy: owner, allowPrivateNetwork: true, ghostUrl: base });
    expect(again.created).toEqual([]);
    expect(again.skipped).toEqual([{ title: "Ghost post", reason: "already imported" }]);
    const rssFirst = await importArchiveFile(rss(), { createdBy: owner, allowPrivateNetwork: true });
    const fingerprintAfterRss = await databaseFingerprint(database().db);
    await importArchiveFile(rss(), { createdBy: owner, allowPrivateNetwork: true });
    expect(rssFirst.created).toHaveLength(2);
    expect(await databaseFingerprint(database().db)).toEqual(fingerprintAfterRss);
    expect(before.issues).not.toEqual(fingerprintAfterRss.issues);
  });

  it("images: private addresses refused without the setting, non-http refused, fake images refused", async () => {
    requests.length = 0;
    await expect(fetchImportImage(`${base}/a.png`)).rejects.toThrow(/not on the public internet/);
    await expect(fetchImportImage(`http://localhost:${new URL(base).port}/a.png`)).rejects.toThrow(/not on the public internet/);
    await expect(fetchImportImage("file:///etc/passwd")).rejects.toThrow(/file: links are not fetched/);
    await expect(fetchImportImage(`http://user:pw@127.0.0.1/a.png`, { allowPrivateNetwork: true })).rejects.toThrow(/credentials/);
    expect(requests).toEqual([]);
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "fc00::1",
      "fe80::1",
      "::ffff:127.0.0.1",
      "224.0.0.1",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    expect(isPublicAddress("93.184.216.34")).toBe(true);
    expect(isPublicAddress("2606:2800:220:1:248:1893:25c8:1946")).toBe(true);
    const html = `<rss version="2.0"><channel><item><title>Fake</title><link>${base}/posts/fake</link><description><![CDATA[<img src="${base}/page.html" alt="x"><p>Body</p>]]></description></item></channel></rss>`;
    const summary = await importArchiveFile(html, { createdBy: owner, allowPrivateNetwork: true });
    expect(summary.images.copied).toBe(0);
    expect(summary.images.failed[0].url).toBe(`${base}/page.html`);
  });

  it("refuses files it cannot read, and XML entity declarations", async () => {
    await expect(importArchiveFile("hello", { createdBy: owner })).rejects.toThrow(/Not an RSS/);
    await expect(importArchiveFile(`{"db": []}`, { createdBy: owner })).rejects.toThrow(/Ghost export/);
    await expect(
      importArchiveFile(
        `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><rss><channel><item><title>&a;</title></item></channel></rss>`,
        { createdBy: owner },
      ),
    ).rejects.toThrow(/entities/);
  });
});
