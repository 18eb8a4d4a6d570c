import { Chip } from "@/components/ui/Chip";

/** The categories of one issue, as pills linking to each category page. */
export function CategoryChips({ categories, label = "Categories" }: { categories: { slug: string; name: string }[]; label?: string }) {
  if (categories.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {categories.map((c) => (
        <li key={c.slug}>
          <Chip href={`/categories/${c.slug}`}>{c.name}</Chip>
        </li>
      ))}
    </ul>
  );
}
