import { IntentLink as Link } from "@/components/ui/IntentLink";

type ChipProps = {
  href: string;
  children: React.ReactNode;
  active?: boolean;
  size?: "sm" | "md";
};

/** A category pill (styled by .chip in app/styles/common.css). Active chips are filled and announced with aria-current. */
export function Chip({ href, children, active = false, size = "sm" }: ChipProps) {
  return (
    <Link href={href} aria-current={active ? "page" : undefined} className={`chip chip-${size} ${active ? "chip-on" : "chip-off"}`}>
      {children}
    </Link>
  );
}
