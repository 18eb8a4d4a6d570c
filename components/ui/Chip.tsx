import { IntentLink as Link } from "@/components/ui/IntentLink";

type ChipProps = {
  href: string;
  children: React.ReactNode;
  active?: boolean;
  size?: "sm" | "md";
};

/** A category pill. Active chips are filled and announced with aria-current. */
export function Chip({ href, children, active = false, size = "sm" }: ChipProps) {
  const sizing = size === "sm" ? "px-2.5 py-0.5 text-xs" : "px-3.5 py-1.5 text-sm";
  const look = active
    ? "border-accent-700 bg-accent-700 text-white dark:border-accent-300 dark:bg-accent-300 dark:text-stone-950"
    : "border-stone-300 bg-white/60 text-stone-700 hover:border-accent-600 hover:text-accent-800 dark:border-stone-700 dark:bg-stone-900/60 dark:text-stone-200 dark:hover:border-accent-300 dark:hover:text-accent-200";
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`inline-flex items-center gap-1.5 rounded-full border font-medium tracking-wide transition-colors ${sizing} ${look}`}
    >
      {children}
    </Link>
  );
}
