import type { DemoAuthor } from "../types";

/** Fictional people with fictional bios (see shared/demo-facts.md). */
export const demoAuthors: DemoAuthor[] = [
  {
    slug: "mei-lin-hartmann",
    name: "Mei Lin Hartmann",
    bio: "Mei Lin founded Dispatch after a decade of running innovation programmes between Shanghai and Munich. She reads the research so that leadership teams do not have to, and leads most of our study tours herself.",
    photo: "/demo/authors/mei-lin-hartmann.svg",
    photoAlt: "Illustrated portrait of Mei Lin Hartmann",
    links: [
      { label: "Website", url: "https://example.com/meilin" },
      { label: "LinkedIn", url: "https://example.com/in/mei-lin-hartmann" },
    ],
  },
  {
    slug: "tomas-okafor",
    name: "Tomás Okafor",
    bio: "Tomás writes about mobility and materials for Dispatch. Before that he spent eight years in battery manufacturing, which makes him suspicious of every press release with the word “breakthrough” in it.",
    photo: "/demo/authors/tomas-okafor.svg",
    photoAlt: "Illustrated portrait of Tomás Okafor",
    links: [{ label: "Website", url: "https://example.org/tomas" }],
  },
];
