import http from "node:http";

export type RawReply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** One request with Node's http client, which (unlike fetch) hands back the body as sent, undecoded. */
export function rawRequest(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}
