/**
 * Imports run downward only (app → components → actions → lib → db → model) and no files import
 * each other in a circle. Every import of product code counts, type-only ones too: a type on the
 * wrong floor is the first step of an upward dependency.
 */
import { describe, expect, it } from "vitest";
import { cycles, importGraph, productFiles, upwardImports } from "./import-graph";

const graph = importGraph(productFiles());

describe("the import graph of the product code", () => {
  it("covers the floors", () => {
    expect(graph.size).toBeGreaterThan(100);
  });

  it("has no import from a floor to a higher one", () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it("has no import cycle", () => {
    expect(cycles(graph)).toEqual([]);
  });

  // node:url's domainToASCII turns an international domain into its punycode form, the same in
  // every runtime that runs the subscriber schema (the server); it is Node's, not ours.
  it("lets model/ import nothing but zod (and node:url) and itself", async () => {
    const { readFileSync } = await import("node:fs");
    const ts = (await import("typescript")).default;
    const outside = [...graph.keys()]
      .filter((f) => f.includes("/model/"))
      .flatMap((f) => ts.preProcessFile(readFileSync(f, "utf8"), true, true).importedFiles.map((i) => i.fileName))
      .filter((spec) => spec !== "zod" && spec !== "node:url" && !spec.startsWith(".") && !spec.startsWith("@/model/"));
    expect(outside).toEqual([]);
  });
});
