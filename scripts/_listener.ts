import { execFileSync } from "node:child_process";

/** The process listening on a loopback port (Next's server, the one that holds the database). */
export function listenerPid(port: number): number | undefined {
  try {
    const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
    const pid = out.match(/pid=(\d+)/)?.[1];
    return pid ? Number(pid) : undefined;
  } catch {
    return undefined;
  }
}
