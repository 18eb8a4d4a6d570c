/**
 * The import graph of the product code, read with TypeScript's own pre-processor (static imports,
 * re-exports, `import()` and `import type` alike), for the architecture test.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export const root = path.resolve(__dirname, "../..");

/** Floors from the top down: a file may import its own floor or any lower one. */
export const floors = ["app", "components", "actions", "lib", "db", "model"] as const;
export type Floor = (typeof floors)[number];

/** Root files that belong to a floor: Next's entry points sit with app/, Auth.js's instance with lib/. */
const rootFiles: Record<string, Floor> = {
  "proxy.ts": "app",
  "instrumentation.ts": "app",
  "auth.ts": "lib",
};

/**
 * The platform beneath db/: the validated environment and the logger, which the database client
 * needs and which import no file of ours but each other (the test checks that). Any floor may import them.
 */
export const platformFiles = ["lib/env.ts", "lib/log.ts"];

export function floorOf(file: string): Floor | "platform" | null {
  const rel = path.relative(root, file).split(path.sep).join("/");
  if (platformFiles.includes(rel)) return "platform";
  if (rel in rootFiles) return rootFiles[rel];
  const top = rel.split("/")[0];
  return (floors as readonly string[]).includes(top) ? (top as Floor) : null;
}

function walk(dir: string, out: string[]) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts")) out.push(full);
  }
}

/** Every product file: the six floors and the root files that belong to one. */
export function productFiles(): string[] {
  const out: string[] = [];
  for (const floor of floors) if (existsSync(path.join(root, floor))) walk(path.join(root, floor), out);
  for (const file of Object.keys(rootFiles)) if (existsSync(path.join(root, file))) out.push(path.join(root, file));
  return out;
}

const extensions = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

/** The file an import names, or null for a package (or anything outside the repo). */
export function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const ext of extensions) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${path.relative(root, from)}: cannot resolve "${spec}"`);
}

export type Graph = Map<string, string[]>;

export function importGraph(files: string[]): Graph {
  const graph: Graph = new Map();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = info.importedFiles.map((f) => resolveImport(file, f.fileName)).filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Imports from a floor to a higher one, as "from -> to". */
export function upwardImports(graph: Graph): string[] {
  const bad: string[] = [];
  for (const [from, targets] of graph) {
    const fromFloor = floorOf(from);
    if (!fromFloor) continue;
    for (const to of targets) {
      const toFloor = floorOf(to);
      const fromPlatform = fromFloor === "platform" && toFloor !== "platform";
      if (
        fromPlatform ||
        (fromFloor !== "platform" && toFloor && toFloor !== "platform" && floors.indexOf(toFloor) < floors.indexOf(fromFloor))
      ) {
        bad.push(`${path.relative(root, from)} (${fromFloor}) -> ${path.relative(root, to)} (${toFloor})`);
      }
    }
  }
  return bad.sort();
}

/** Every cycle, as the strongly connected components of more than one file (Tarjan). */
export function cycles(graph: Graph): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(path.relative(root, w));
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return found;
}
