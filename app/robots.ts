import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/editor", "/api/", "/t/", "/newsletter/confirm", "/newsletter/unsubscribe"] }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
