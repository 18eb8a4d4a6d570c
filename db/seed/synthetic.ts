/**
 * A generated archive for scale tests and benchmarks: any number of published issues shaped like
 * the demo (seven stories and a roundup of eight items each), in the demo's categories and by its
 * authors, so category pages, combinations and author pages fill as they would in a real archive.
 *
 * Pure and deterministic: the same options give the same content, byte for byte. Titles,
 * summaries and TL;DRs have bounded lengths so that a page of cards weighs about the same
 * whatever the archive's size. The prose is built from topic vocabularies with skewed word
 * frequencies, so full-text search finds some words often ("battery"), some rarely
 * ("superconductor"), as it would in real text.
 */
import type { SeedContent } from "./apply";
import { demoAuthors, demoCategories, demoEvents } from "./content";
import type { DemoFigure, DemoIssue, DemoRoundupItem, DemoSection } from "./types";

export type SyntheticOptions = {
  count: number;
  /** PRNG seed; the same seed gives the same archive. */
  seed?: number;
  /** Prepended to every issue slug (another prefix gives another, non-colliding archive). */
  slugPrefix?: string;
  /** The newest issue's publication time; the others go back in time from there. */
  startDate?: Date | string;
  /** Days between two issues (default 7: a weekly newsletter). */
  intervalDays?: number;
};

/** The day before the demo's oldest issue: generated issues sit behind the demo in every list. */
export const DEFAULT_SYNTHETIC_START = "2024-10-10T08:00:00Z";

export const SYNTHETIC_SECTIONS_PER_ISSUE = 8;
export const SYNTHETIC_ITEMS_PER_ROUNDUP = 8;

/** mulberry32: a tiny, well-distributed 32-bit PRNG; enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `weight`: how often stories are about it, relative to the others (AI and batteries lead, superconductors are rare). */
type Topic = { name: string; weight: number; categories: string[]; nouns: string[]; adjectives: string[] };

/** Each story is about one topic; its vocabulary is drawn mostly from that topic's lists. */
const TOPICS: Topic[] = [
  {
    name: "batteries",
    weight: 1.5,
    categories: ["mobility", "materials"],
    nouns: [
      "battery",
      "cathode",
      "anode",
      "electrolyte",
      "cell",
      "charger",
      "pack",
      "lithium",
      "sodium",
      "recycling plant",
      "gigafactory",
      "charging network",
    ],
    adjectives: ["solid-state", "fast-charging", "rechargeable", "high-density", "low-cost"],
  },
  {
    name: "quantum",
    weight: 0.6,
    categories: ["future", "china"],
    nouns: [
      "quantum computer",
      "qubit",
      "photon",
      "entanglement",
      "quantum sensor",
      "cryostat",
      "error correction",
      "quantum network",
      "interferometer",
      "quantum chip",
    ],
    adjectives: ["quantum", "entangled", "coherent", "photonic", "cryogenic"],
  },
  {
    name: "superconductors",
    weight: 0.25,
    categories: ["materials", "future"],
    nouns: [
      "superconductor",
      "magnet",
      "cuprate",
      "nickelate",
      "thin film",
      "critical temperature",
      "crystal",
      "pressure cell",
      "transmission line",
    ],
    adjectives: ["superconducting", "layered", "high-pressure", "low-temperature", "magnetic"],
  },
  {
    name: "space",
    weight: 1,
    categories: ["space", "china"],
    nouns: [
      "rocket",
      "lander",
      "space station",
      "orbit",
      "satellite",
      "launch pad",
      "lunar base",
      "probe",
      "crew capsule",
      "booster",
      "telescope",
    ],
    adjectives: ["reusable", "orbital", "lunar", "crewed", "deep-space"],
  },
  {
    name: "generative AI",
    weight: 2.5,
    categories: ["generative-ai", "china"],
    nouns: [
      "language model",
      "chatbot",
      "agent",
      "training run",
      "dataset",
      "inference chip",
      "open-weight model",
      "benchmark",
      "assistant",
      "token budget",
      "reasoning model",
    ],
    adjectives: ["generative", "multimodal", "open-source", "fine-tuned", "conversational"],
  },
  {
    name: "chips",
    weight: 1.2,
    categories: ["china", "future"],
    nouns: [
      "semiconductor",
      "wafer",
      "foundry",
      "lithography tool",
      "processor",
      "memory chip",
      "chiplet",
      "packaging line",
      "transistor",
      "design tool",
    ],
    adjectives: ["advanced", "domestic", "three-dimensional", "low-power", "mature-node"],
  },
  {
    name: "aviation",
    weight: 0.6,
    categories: ["mobility", "future"],
    nouns: ["aircraft", "jet", "drone", "air taxi", "airframe", "engine", "runway", "certification", "flight test", "cargo route"],
    adjectives: ["electric", "widebody", "autonomous", "vertical-lift", "hybrid"],
  },
  {
    name: "vehicles",
    weight: 1.5,
    categories: ["mobility", "china"],
    nouns: [
      "electric vehicle",
      "car maker",
      "robotaxi",
      "lidar",
      "motor",
      "charging station",
      "dealer network",
      "platform",
      "driver assistance",
      "export market",
    ],
    adjectives: ["autonomous", "affordable", "connected", "premium", "plug-in"],
  },
  {
    name: "materials",
    weight: 0.8,
    categories: ["materials", "future"],
    nouns: ["alloy", "polymer", "graphene", "ceramic", "coating", "perovskite", "catalyst", "composite", "membrane", "rare earth"],
    adjectives: ["lightweight", "heat-resistant", "recyclable", "flexible", "porous"],
  },
  {
    name: "biotech",
    weight: 0.7,
    categories: ["future", "china"],
    nouns: [
      "vaccine",
      "enzyme",
      "gene therapy",
      "clinical trial",
      "protein",
      "diagnostic test",
      "cell line",
      "biobank",
      "sequencer",
      "drug candidate",
    ],
    adjectives: ["synthetic", "personalised", "early-stage", "genetic", "clinical"],
  },
  {
    name: "energy",
    weight: 1,
    categories: ["materials", "mobility"],
    nouns: [
      "solar panel",
      "wind farm",
      "grid",
      "hydrogen",
      "electrolyser",
      "reactor",
      "power plant",
      "storage site",
      "heat pump",
      "transformer",
    ],
    adjectives: ["renewable", "nuclear", "offshore", "grid-scale", "low-carbon"],
  },
  {
    name: "robots",
    weight: 1,
    categories: ["future", "generative-ai"],
    nouns: [
      "humanoid robot",
      "robot arm",
      "gripper",
      "warehouse",
      "exoskeleton",
      "factory line",
      "sensor suite",
      "control system",
      "service robot",
      "actuator",
    ],
    adjectives: ["humanoid", "dexterous", "industrial", "self-learning", "collaborative"],
  },
];

const TOTAL_TOPIC_WEIGHT = TOPICS.reduce((n, t) => n + t.weight, 0);

const GENERAL_NOUNS = [
  "company",
  "start-up",
  "laboratory",
  "university",
  "team",
  "researchers",
  "engineers",
  "investors",
  "regulators",
  "customers",
  "market",
  "supply chain",
  "factory",
  "pilot line",
  "prototype",
  "product",
  "price",
  "cost",
  "revenue",
  "margin",
  "partnership",
  "contract",
  "standard",
  "policy",
  "subsidy",
  "programme",
  "roadmap",
  "milestone",
  "result",
  "paper",
  "patent",
  "study",
  "trial",
  "demonstration",
  "capacity",
  "output",
  "demand",
  "competition",
  "strategy",
  "funding round",
  "province",
  "city",
  "port",
  "industrial park",
  "ministry",
  "consortium",
  "incumbent",
  "rival",
  "buyer",
  "supplier",
];
const GENERAL_ADJECTIVES = [
  "new",
  "first",
  "large",
  "small",
  "early",
  "commercial",
  "cheaper",
  "faster",
  "national",
  "regional",
  "careful",
  "ambitious",
  "modest",
  "public",
  "private",
  "experimental",
  "reliable",
  "practical",
  "crowded",
  "growing",
];
const VERBS = [
  "announced",
  "tested",
  "built",
  "opened",
  "reported",
  "published",
  "launched",
  "expanded",
  "shipped",
  "signed",
  "unveiled",
  "demonstrated",
  "scaled up",
  "licensed",
  "delivered",
  "upgraded",
  "measured",
  "completed",
  "funded",
  "approved",
];
const PLACES = [
  "Shanghai",
  "Shenzhen",
  "Hefei",
  "Beijing",
  "Hangzhou",
  "Chengdu",
  "Wuhan",
  "Suzhou",
  "Xi'an",
  "Guangzhou",
  "Nanjing",
  "Tianjin",
];
const HEDGES = [
  "It is too early to say whether",
  "Analysts will watch whether",
  "The open question is whether",
  "Much depends on whether",
  "Observers doubt that",
  "The team expects that",
];
const CONNECTORS = [
  "Meanwhile,",
  "At the same time,",
  "In practice,",
  "For now,",
  "Even so,",
  "By comparison,",
  "Later this year,",
  "Until then,",
];
const FIGURES = [
  { name: "battery-injection", alt: "Diagram of a battery cell receiving an injected electrolyte through a fine needle" },
  { name: "extreme-conditions", alt: "Diagram of a laboratory hall with magnets, lasers and a pressure chamber" },
  { name: "photonic-chip", alt: "Diagram of a photonic chip with waveguides guiding beams of light" },
  { name: "tiangong-photosynthesis", alt: "Diagram of a space station above a catalyst turning carbon dioxide into oxygen" },
  { name: "widebody-jet", alt: "Diagram of a widebody passenger jet seen from the side" },
];
const COVERS = [
  "2024-10",
  "2024-11",
  "2024-12",
  "2025-01",
  "2025-02",
  "2025-03",
  "2025-04",
  "2025-05",
  "2025-06",
  "2025-07",
  "2025-08",
  "2025-09",
  "2025-10",
  "2025-11",
  "2025-12",
];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

class Writer {
  constructor(private readonly random: () => number) {}

  /** Uniform pick. */
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)];
  }

  /** Zipf-like pick: the first entries of a list come up far more often than the last. */
  skewed<T>(list: readonly T[]): T {
    const r = this.random();
    return list[Math.min(list.length - 1, Math.floor(list.length * r * r))];
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  topic(): Topic {
    let r = this.random() * TOTAL_TOPIC_WEIGHT;
    for (const t of TOPICS) {
      r -= t.weight;
      if (r < 0) return t;
    }
    return TOPICS[TOPICS.length - 1];
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  noun(topic: Topic): string {
    return this.chance(0.55) ? this.skewed(topic.nouns) : this.skewed(GENERAL_NOUNS);
  }

  adjective(topic: Topic): string {
    return this.chance(0.5) ? this.pick(topic.adjectives) : this.skewed(GENERAL_ADJECTIVES);
  }

  phrase(topic: Topic): string {
    return this.chance(0.6) ? `${this.adjective(topic)} ${this.noun(topic)}` : this.noun(topic);
  }

  sentence(topic: Topic): string {
    switch (this.int(0, 5)) {
      case 0:
        return `A ${this.phrase(topic)} in ${this.pick(PLACES)} ${this.pick(VERBS)} a ${this.phrase(topic)} for the ${this.noun(topic)}.`;
      case 1:
        return `The ${this.noun(topic)} ${this.pick(VERBS)} ${this.int(2, 40)} ${this.phrase(topic)}s, ${this.pick(["twice", "three times", "half", "a tenth of"])} what the ${this.noun(topic)} managed a year earlier.`;
      case 2:
        return `${this.pick(HEDGES)} the ${this.phrase(topic)} can reach the ${this.noun(topic)} before the ${this.phrase(topic)} does.`;
      case 3:
        return `${this.pick(CONNECTORS)} the ${this.noun(topic)} and the ${this.noun(topic)} ${this.pick(VERBS)} a ${this.phrase(topic)} together.`;
      case 4:
        return `Engineers in ${this.pick(PLACES)} say the ${this.phrase(topic)} is ${this.pick(["cheaper", "simpler", "safer", "lighter", "slower"])} to make than a ${this.phrase(topic)}.`;
      default:
        return `For the ${this.noun(topic)}, the ${this.phrase(topic)} matters because the ${this.noun(topic)} depends on it.`;
    }
  }

  paragraph(topic: Topic, sentences: number): string {
    return Array.from({ length: sentences }, () => this.sentence(topic)).join(" ");
  }

  /** Words from a sentence generator, cut at a word boundary to at most `max` characters. */
  bounded(text: string, min: number, max: number, topic: Topic): string {
    let out = text;
    while (out.length < min) out = `${out} ${this.sentence(topic)}`;
    if (out.length <= max) return out;
    const cut = out.slice(0, max - 1);
    return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:.]$/, "")}…`;
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const slugWords = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function storySection(w: Writer, topic: Topic, issueNo: number, n: number, withFigure: boolean): DemoSection {
  const subject = w.phrase(topic);
  const title = w.bounded(`${capitalise(subject)} ${w.pick(VERBS)} in ${w.pick(PLACES)}`, 30, 70, topic);
  const tldr = w.bounded(`${capitalise(w.phrase(topic))} ${w.pick(VERBS)} as the ${w.noun(topic)} grows`, 40, 90, topic);
  const domain = w.chance(0.5) ? "example.com" : "example.org";
  const paragraphs = Array.from({ length: w.int(2, 4) }, () => w.paragraph(topic, w.int(2, 4)));
  paragraphs[0] = `**${capitalise(subject)}.** ${paragraphs[0]}`;
  if (w.chance(0.4)) {
    paragraphs.push(
      `Background: [an earlier report on the ${w.noun(topic)}](https://${domain}/reports/${slugWords(topic.name)}-${issueNo}-${n}).`,
    );
  }
  let figure: DemoFigure | undefined;
  if (withFigure) {
    const f = w.pick(FIGURES);
    figure = {
      image: `/demo/2025-02/${f.name}.svg`,
      alt: f.alt,
      width: 1200,
      height: 750,
      caption: w.bounded(`The ${w.phrase(topic)} at the centre of the story.`, 30, 110, topic),
      credit: "Illustration: Dispatch",
    };
  }
  return {
    kind: "story",
    title,
    tldr,
    sourceUrl: `https://${domain}/news/${slugWords(topic.name)}/${issueNo}-${n}`,
    body: paragraphs.join("\n\n"),
    ...(figure ? { figure } : {}),
  };
}

function roundupSection(w: Writer, issueNo: number): DemoSection {
  const items: DemoRoundupItem[] = Array.from({ length: SYNTHETIC_ITEMS_PER_ROUNDUP }, (_, i) => {
    const topic = w.topic();
    return {
      title: w.bounded(capitalise(`${w.phrase(topic)} in ${w.pick(PLACES)}`), 15, 60, topic),
      sourceUrl: `https://${w.chance(0.5) ? "example.com" : "example.org"}/brief/${issueNo}-${i}`,
      body: w.paragraph(topic, w.int(1, 2)),
    };
  });
  const topic = w.topic();
  return {
    kind: "roundup",
    title: "In brief",
    tldr: w.bounded(`${capitalise(w.phrase(topic))}, ${w.noun(topic)}s and more`, 30, 80, topic),
    sourceUrl: `https://example.com/brief/${issueNo}`,
    body: w.chance(0.5) ? "" : w.paragraph(topic, 1),
    items,
  };
}

/**
 * `count` published issues, newest first, plus the demo's categories, authors and events (which
 * the loader skips where they exist). Issue n (1 = newest) has the slug `${slugPrefix}${n}`
 * padded to five digits.
 */
export function syntheticContent(options: SyntheticOptions): SeedContent {
  const { count, seed = 1, slugPrefix = "synthetic-", intervalDays = 7 } = options;
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number ≥ 0, got ${count}`);
  const start = new Date(options.startDate ?? DEFAULT_SYNTHETIC_START).getTime();
  if (Number.isNaN(start)) throw new Error(`startDate is not a date: ${String(options.startDate)}`);
  const w = new Writer(prng(seed));
  const categorySlugs = demoCategories.map((c) => c.slug);

  const issues: DemoIssue[] = [];
  for (let n = 1; n <= count; n++) {
    const publishedAt = new Date(start - (n - 1) * intervalDays * 86_400_000);
    const topics = Array.from({ length: 7 }, () => w.topic());
    const lead = topics[0];
    // The lead story's topic decides the primary category; one or two more are added.
    const cats = [w.pick(lead.categories)];
    for (let extra = w.int(0, 2); extra > 0; extra--) {
      const c = w.chance(0.5) ? w.pick(topics[extra].categories) : w.pick(categorySlugs);
      if (!cats.includes(c)) cats.push(c);
    }
    const month = `${MONTHS[publishedAt.getUTCMonth()]} ${publishedAt.getUTCFullYear()}`;
    const number = String(n).padStart(5, "0");
    const stories = topics.map((t, i) => storySection(w, t, n, i, i < 3 && w.chance(0.4)));
    issues.push({
      slug: `${slugPrefix}${number}`,
      title: `Dispatch No. ${number}: ${capitalise(lead.name)}, ${month}`.slice(0, 72),
      summary: w.bounded(
        `In this edition: ${topics
          .slice(0, 4)
          .map((t) => `the ${w.phrase(t)}`)
          .join(", ")}, and a roundup of the week's news.`,
        160,
        240,
        lead,
      ),
      publishedAt: publishedAt.toISOString(),
      status: "published",
      categories: cats,
      authorSlug: w.pick(demoAuthors).slug,
      cover: {
        image: `/demo/covers/${w.pick(COVERS)}.svg`,
        alt: `Abstract cover for issue ${number}: rings and arcs in muted colours`,
        width: 1600,
        height: 900,
      },
      sections: [...stories, roundupSection(w, n)],
    });
  }
  return { categories: demoCategories, authors: demoAuthors, events: demoEvents, issues };
}
