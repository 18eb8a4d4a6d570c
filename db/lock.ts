/**
 * PGlite takes no lock of its own, and two processes writing one data folder silently lose
 * rows (measured: two processes each inserted a row, one row was left). The process that opens DATA_DIR/pglite first holds this lock;
 * any other refuses to start with a clear message.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import lockfile from "proper-lockfile";

const held = new Map<string, () => Promise<void>>();

function pidFile(dir: string) {
  return `${dir}.pid`;
}

/** True while a process with this pid exists (EPERM: it exists but is not ours). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function ownerPid(dir: string): number | undefined {
  try {
    const pid = Number(readFileSync(pidFile(dir), "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export class DataDirInUseError extends Error {
  constructor(pid: number | undefined, dir: string) {
    super(`The embedded database in ${dir} is in use by process ${pid ?? "(unknown)"}; stop it or set DATABASE_URL.`);
    this.name = "DataDirInUseError";
  }
}

/** True when no process holds the folder: no lock, or a lock left by a process that is gone. */
export function isDataDirFree(dir: string): boolean {
  const owner = ownerPid(dir);
  return !existsSync(`${dir}.lock`) || (owner !== undefined && owner !== process.pid && !isAlive(owner));
}

export async function acquireDataDirLock(dir: string): Promise<void> {
  if (held.has(dir)) return;
  const lockDir = `${dir}.lock`;
  // A lock left by a process that no longer exists (kill -9, power loss) is released at once
  // instead of waiting for it to go stale.
  if (existsSync(lockDir) && isDataDirFree(dir)) {
    rmSync(lockDir, { recursive: true, force: true });
  }
  try {
    const release = await lockfile.lock(dir, {
      realpath: false,
      // Long stale window: a WASM query can block the event loop for seconds (initdb ≈ 6 s).
      stale: 60_000,
      update: 10_000,
      onCompromised: (err) => console.error(`warning: data folder lock: ${err.message}`),
    });
    held.set(dir, release);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ELOCKED") throw new DataDirInUseError(ownerPid(dir), dir);
    throw err;
  }
  writeFileSync(pidFile(dir), String(process.pid));
}

export async function releaseDataDirLock(dir: string): Promise<void> {
  const release = held.get(dir);
  if (!release) return;
  held.delete(dir);
  rmSync(pidFile(dir), { force: true });
  await release().catch(() => {});
}
