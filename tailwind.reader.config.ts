import type { Config } from "tailwindcss";
import config from "./tailwind.config";

/**
 * The reader's stylesheet (app/reader.css): the same design tokens, scanning only what reader
 * pages render. `*site*` matches the (site) route group without escaping its parentheses.
 */
const reader: Config = {
  ...config,
  content: [
    "./app/layout.tsx",
    "./app/global-not-found.tsx",
    "./app/document-shell.tsx",
    "./app/*site*/**/*.{ts,tsx}",
    "./components/site/**/*.{ts,tsx}",
    "./components/ui/**/*.{ts,tsx}",
  ],
};

export default reader;
