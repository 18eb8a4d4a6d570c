import type { Metadata, Viewport } from "next";
import { env } from "@/lib/env";
import { siteAlternates } from "@/lib/metadata";
import { DocumentShell, siteViewport } from "./document-shell";
import "./reader.css";

export const metadata: Metadata = {
  metadataBase: new URL(env().SITE_URL),
  title: { default: "Dispatch", template: "%s · Dispatch" },
  description: "Monthly news on innovation in China, the future and generative AI.",
  applicationName: "Dispatch",
  alternates: siteAlternates,
  openGraph: { siteName: "Dispatch", type: "website", locale: "en_GB" },
  twitter: { card: "summary_large_image" },
};

export const viewport: Viewport = siteViewport;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <DocumentShell>{children}</DocumentShell>;
}
