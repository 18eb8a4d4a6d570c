/**
 * Runs once when the server starts (not during `next build`). The Node-only work lives in a
 * separately imported file so the Edge bundle never sees it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { boot } = await import("./lib/server/boot");
    await boot();
  }
}
