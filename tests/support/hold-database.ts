/** Test helper process: opens the embedded database and holds it until SIGTERM. */
import { closeDb, getHandle } from "@/db";

async function main() {
  await getHandle();
  console.log("holding");
  process.on("SIGTERM", () => {
    closeDb().then(() => process.exit(0));
  });
  setInterval(() => {}, 1 << 30);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
