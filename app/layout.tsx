import type { Metadata, Viewport } from "next";
import { env } from "@/lib/env";
import { siteAlternates } from "@/lib/metadata";
import "./reader.css";
import { fontVariables } from "./fonts";

export const metadata: Metadata = {
  metadataBase: new URL(env().SITE_URL),
  title: { default: "Dispatch", template: "%s · Dispatch" },
  description: "Monthly news on innovation in China, the future and generative AI.",
  applicationName: "Dispatch",
  alternates: siteAlternates,
  openGraph: { siteName: "Dispatch", type: "website", locale: "en_GB" },
  twitter: { card: "summary_large_image" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbf8f3" },
    { media: "(prefers-color-scheme: dark)", color: "#0c0a09" },
  ],
};

/** Applies a theme the reader chose before first paint; without a choice CSS follows the system. */
const themeScript = `try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={fontVariables} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-dvh font-sans">{children}</body>
    </html>
  );
}
