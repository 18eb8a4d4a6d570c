import type { DemoAuthor } from "../types";

/** Fictional people with fictional bios; their links point at example domains only. */
export const demoAuthors: DemoAuthor[] = [
  {
    slug: "mei-lin-hartmann",
    name: "Mei Lin Hartmann",
    bio: "Mei Lin Hartmann is the founder and editor of Dispatch. She spent a decade running innovation programmes between Shanghai and Munich before starting the newsletter, and she still leads most of our study tours herself.",
    photo: "/demo/authors/mei-lin-hartmann.svg",
    photoAlt: "Illustrated portrait of Mei Lin Hartmann: a geometric head-and-shoulders figure with dark hair on a teal circle",
    links: [
      { label: "Website", url: "https://example.com/mei-lin-hartmann" },
      { label: "LinkedIn", url: "https://example.com/in/mei-lin-hartmann" },
    ],
  },
  {
    slug: "tomas-okafor",
    name: "Tomás Okafor",
    bio: "Tomás Okafor is a contributing writer for Dispatch, covering mobility and materials. He spent eight years in battery manufacturing before turning to writing, which has left him wary of any press release that uses the word “breakthrough”.",
    photo: "/demo/authors/tomas-okafor.svg",
    photoAlt:
      "Illustrated portrait of Tomás Okafor: a geometric head-and-shoulders figure with round glasses and a teal jumper on a sand circle",
    links: [{ label: "Website", url: "https://example.org/tomas-okafor" }],
  },
];
