import type { Viewport } from "next";
import { fontVariables } from "./fonts";

/** The browser's colour for its own bars, in the reader's paper and ink: every page, the global 404 too. */
export const siteViewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbf8f3" },
    { media: "(prefers-color-scheme: dark)", color: "#0c0a09" },
  ],
};

/** Applies a theme the reader chose before first paint; without a choice CSS follows the system. */
const themeScript = `try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

/** `<html>` and `<body>` for the root layout and for the global 404, which renders without it. */
export function DocumentShell({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={fontVariables} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-dvh font-sans">{children}</body>
    </html>
  );
}
