/**
 * Fetches an image named by an imported post, guarded against SSRF: only http(s), no
 * credentials in the URL, at most 3 redirects (each checked again), 10 MB, 15 s in all. The
 * host is resolved by our own lookup, which refuses loopback, private, link-local, CGNAT,
 * multicast and other special ranges (IPv4-mapped IPv6 included) at connect time — the address
 * checked is the address connected to, so DNS rebinding gains nothing. `allowPrivateNetwork`
 * lifts the range check (the tests serve images on 127.0.0.1; the CLI's
 * DISPATCH_IMPORT_ALLOW_PRIVATE_NETWORK=1).
 */
import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { envValue } from "@/lib/env";
import { MAX_UPLOAD_BYTES } from "@/lib/media/image-check";

export type FetchOptions = { allowPrivateNetwork?: boolean; timeoutMs?: number; maxBytes?: number };

export class FetchRefused extends Error {}

/** True for addresses on the public internet (unicast, not reserved for a special use). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === "unicast";
}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, "", 0);
      const list = addresses as LookupAddress[];
      const allowed = list.filter((a) => allowPrivate || isPublicAddress(a.address));
      if (allowed.length === 0) return callback(new FetchRefused(`${hostname} is not on the public internet`), "", 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
      callback(null, allowed[0].address, allowed[0].family);
    });
  };
}

function checkUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefused("not a URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchRefused(`${url.protocol} links are not fetched`);
  if (url.username || url.password) throw new FetchRefused("links with credentials are not fetched");
  // A literal address skips DNS: check it here.
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (ipaddr.isValid(host) && !allowPrivate && !isPublicAddress(host)) throw new FetchRefused(`${host} is not on the public internet`);
  return url;
}

function getOnce(
  url: URL,
  options: Required<FetchOptions>,
  signal: AbortSignal,
): Promise<{ redirect: string } | { body: Uint8Array; type: string }> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.get(
      url,
      { lookup: guardedLookup(options.allowPrivateNetwork), signal, headers: { accept: "image/*" } },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume();
          return resolve({ redirect: new URL(response.headers.location, url).toString() });
        }
        if (status !== 200) {
          response.resume();
          return reject(new FetchRefused(`answered ${status}`));
        }
        if (Number(response.headers["content-length"] ?? 0) > options.maxBytes) {
          response.destroy();
          return reject(new FetchRefused("larger than 10 MB"));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            response.destroy();
            reject(new FetchRefused("larger than 10 MB"));
          } else chunks.push(chunk);
        });
        response.on("end", () =>
          resolve({ body: new Uint8Array(Buffer.concat(chunks)), type: String(response.headers["content-type"] ?? "") }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", (err) =>
      reject(err instanceof FetchRefused ? err : new FetchRefused(signal.aborted ? "took longer than the time limit" : err.message)),
    );
  });
}

/** The image's bytes, or a FetchRefused saying why not. */
export async function fetchImportImage(raw: string, options: FetchOptions = {}): Promise<Uint8Array> {
  const opts: Required<FetchOptions> = { allowPrivateNetwork: false, timeoutMs: 15_000, maxBytes: MAX_UPLOAD_BYTES, ...options };
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let url = checkUrl(raw, opts.allowPrivateNetwork);
  for (let hop = 0; hop <= 3; hop++) {
    const answer = await getOnce(url, opts, signal);
    if ("body" in answer) return answer.body;
    url = checkUrl(answer.redirect, opts.allowPrivateNetwork);
  }
  throw new FetchRefused("too many redirects");
}

/**
 * DISPATCH_IMPORT_ALLOW_PRIVATE_NETWORK=1 lets imports fetch from private addresses: for tests
 * and a mirror on the local network only, never on a public server.
 */
export function allowPrivateNetworkForImport(): boolean {
  return envValue("DISPATCH_IMPORT_ALLOW_PRIVATE_NETWORK");
}
