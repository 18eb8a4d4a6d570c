import type { DemoCategory } from "../types";

/** The fixed order of the category chips; the first category of an issue is its primary one. */
export const demoCategories: DemoCategory[] = [
  {
    slug: "china",
    name: "China",
    description: "What Chinese labs, companies and cities are building, and why it matters beyond China.",
    position: 0,
  },
  {
    slug: "future",
    name: "Future",
    description: "Research that is still early but could change how we work, heal and compute.",
    position: 1,
  },
  {
    slug: "generative-ai",
    name: "Generative AI",
    description: "The models, the tools built on them and the businesses forming around both, month by month.",
    position: 2,
  },
  {
    slug: "space",
    name: "Space",
    description: "Stations, landers and launchers, and the science they make possible.",
    position: 3,
  },
  {
    slug: "materials",
    name: "Materials",
    description: "New matter for energy, electronics and engineering, followed from the lab bench to the factory.",
    position: 4,
  },
  {
    slug: "mobility",
    name: "Mobility",
    description: "Aircraft, electric vehicles, drones and the batteries that keep them moving.",
    position: 5,
  },
];
