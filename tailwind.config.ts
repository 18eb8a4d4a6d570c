import typography from "@tailwindcss/typography";
import type { Config } from "tailwindcss";

/**
 * Design tokens. The one accent colour is defined here and nowhere else; the neutral palette is
 * Tailwind's stone. Loaded with @config by app/reader.css (through tailwind.reader.config.ts) and app/editor/editor.css.
 */
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        accent: {
          50: "#effaf8",
          100: "#d6f1ec",
          200: "#aee3da",
          300: "#7dcdc1",
          400: "#4db1a4",
          500: "#2a9487",
          600: "#1b776d",
          700: "#0f766e",
          800: "#145049",
          900: "#12413c",
          950: "#062623",
        },
        paper: "#fbf8f3",
      },
      fontFamily: {
        sans: ["var(--font-sans)", "var(--font-sans-extra)", "ui-sans-serif", "system-ui", "sans-serif"],
        serif: ["var(--font-serif)", "var(--font-serif-extra)", "ui-serif", "Georgia", "serif"],
      },
      maxWidth: {
        measure: "68ch",
      },
    },
  },
  plugins: [typography],
};

export default config;
