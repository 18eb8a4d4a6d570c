#!/usr/bin/env bash
# Every command of the README's Scripts table, at a small size: a script that breaks fails CI.
# Called by .ci/run after the PostgreSQL suite (needs PostgreSQL, Redis and varnishd).
# Ports: SMOKE_PORT_BASE (default 3111) .. +8 for the app servers, SMOKE_VARNISH_PORT (6311) and
# its admin port one above, CLUSTER_PORTS (3312,3313 … must not overlap the app ports).
set -euo pipefail
cd "$(dirname "$0")/.."
start=${CI_START:-$(date +%s)}
step() { printf '\n== %s (%ss)\n' "$1" "$(( $(date +%s) - start ))"; }
timed() { local t0; t0=$(date +%s); "$@"; printf '   (%s s)\n' "$(( $(date +%s) - t0 ))"; }

base=${SMOKE_PORT_BASE:-3111}
varnish_port=${SMOKE_VARNISH_PORT:-6311}
pg_admin=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Fails when the command's output lacks the pattern (and shows the output either way).
expect_output() {
  local pattern="$1"; shift
  local out
  out="$("$@" 2>&1)" || { printf '%s\n' "$out"; echo "FAILED: $*"; return 1; }
  printf '%s\n' "$out"
  grep -qE "$pattern" <<<"$out" || { echo "FAILED: '$*' did not print /$pattern/"; return 1; }
}

step "db:migrate, db:seed and db:seed:synthetic (twice each: idempotent), user:create on a fresh embedded database"
# PORT points at a port nobody listens on, so publish:due below takes its no-server path.
export PORT=$((base + 8)) DATABASE_URL=""
DATA_DIR="$work/a" expect_output "Migrations applied \(pglite\)" npm run -s db:migrate
DATA_DIR="$work/a" expect_output "added [1-9][0-9]* issues" npm run -s db:seed
DATA_DIR="$work/a" expect_output "already seeded, nothing changed" npm run -s db:seed
DATA_DIR="$work/a" expect_output "30 of 30 issues added" npm run -s db:seed:synthetic -- --count 30 --prefix ci-
DATA_DIR="$work/a" expect_output "0 of 30 issues added" npm run -s db:seed:synthetic -- --count 30 --prefix ci-
DATA_DIR="$work/a" expect_output "Password \(shown once\): " npm run -s user:create -- --email ci-owner@example.com --name "CI Owner" --role owner
if DATA_DIR="$work/a" npm run -s user:create -- --email not-an-address --name x >/dev/null 2>&1; then
  echo "user:create accepted a bad email"; exit 1
fi

DATA_DIR="$work/a" expect_output "Password of owner ci-owner@example.com .* set" npm run -s user:password -- --email ci-owner@example.com
expect_output "No schema changes" npm run -s db:generate

step "dev: next dev answers the home page"
dev_dir="$work/dev"
DATA_DIR="$dev_dir" setsid npm run -s dev -- -p $((base + 7)) >"$work/dev.log" 2>&1 &
dev_pid=$!
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$((base + 7))/" -o /dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$((base + 7))/" | grep -q "Dispatch" || { cat "$work/dev.log"; echo "the dev server did not serve the home page"; kill -- -"$dev_pid"; exit 1; }
kill -- -"$dev_pid" 2>/dev/null || true
wait "$dev_pid" 2>/dev/null || true

step "export → import round trip, publish:due and newsletter:send on the restored copy"
DATA_DIR="$work/a" expect_output "Exported \(pglite\)" npm run -s export -- --out "$work/a.jsonl.gz" --with-password-hashes
# The restored copy gets one due issue: the demo draft, scheduled a minute ago.
node -e '
  const zlib = require("node:zlib"), fs = require("node:fs");
  const [from, to] = process.argv.slice(1);
  let scheduled = 0;
  const lines = zlib.gunzipSync(fs.readFileSync(from)).toString("utf8").split("\n").map((line) => {
    if (!line || scheduled) return line;
    const entry = JSON.parse(line);
    if (entry.t !== "issues" || entry.r.status !== "draft") return line;
    scheduled += 1;
    return JSON.stringify({ ...entry, r: { ...entry.r, status: "scheduled", scheduledFor: new Date(Date.now() - 60_000).toISOString() } });
  });
  if (!scheduled) throw new Error("no draft issue in the archive");
  fs.writeFileSync(to, zlib.gzipSync(lines.join("\n")));
' "$work/a.jsonl.gz" "$work/due.jsonl.gz"
DATA_DIR="$work/b" expect_output "Imported into pglite" npm run -s import -- "$work/due.jsonl.gz"
if DATA_DIR="$work/b" npm run -s import -- "$work/a.jsonl.gz" >/dev/null 2>&1; then
  echo "import into a database that has content was accepted"; exit 1
fi
DATA_DIR="$work/b" npm run -s export -- --out "$work/b.jsonl.gz" --with-password-hashes
# (b holds the scheduled copy of the draft: same rows, one field changed.)
# Same rows in every table after the round trip.
count_rows() { node -e '
  const rows = {};
  for (const line of require("node:zlib").gunzipSync(require("node:fs").readFileSync(process.argv[1])).toString("utf8").split("\n")) {
    if (!line) continue;
    const e = JSON.parse(line);
    if (e.t) rows[e.t] = (rows[e.t] ?? 0) + 1;
    else if (e.m) rows.media = (rows.media ?? 0) + 1;
  }
  console.log(JSON.stringify(rows));
' "$1"; }
a_rows="$(count_rows "$work/a.jsonl.gz")"
b_rows="$(count_rows "$work/b.jsonl.gz")"
echo "exported: $a_rows"
echo "restored: $b_rows"
[ "$a_rows" = "$b_rows" ] || { echo "the round trip changed the row counts"; exit 1; }
DATA_DIR="$work/b" expect_output "Published \(no server running\): [a-z0-9-]+" npm run -s publish:due
DATA_DIR="$work/b" expect_output "Nothing due" npm run -s publish:due
# newsletter:send: once (to the nobody subscribed on this copy: the rule, not the volume), then refused.
DATA_DIR="$work/b" expect_output "Sent: 0 of 0" npm run -s newsletter:send -- --issue chinese-innovation-news-february-2025 --yes
if DATA_DIR="$work/b" npm run -s newsletter:send -- --issue chinese-innovation-news-february-2025 --yes >/dev/null 2>&1; then
  echo "newsletter:send sent an issue a second time"; exit 1
fi
unset PORT DATABASE_URL

step "bench:send (500 recipients, PGlite in memory)"
timed env BENCH_COUNT=500 npm run -s bench:send

step "subscribers:import and issues:import (twice each: idempotent), bench:import at 2,000 rows"
printf '%s\n' 'email,active_subscription,expiry,plan,email_disabled,created_at' 'ci-a@example.com,false,,free,false,2024-02-01T10:00:00Z' \
  'ci-b@example.com,false,,free,false,' 'ci-c@example.com,false,,free,true,' 'broken' >"$work/subs.csv"
DATA_DIR="$work/a" expect_output "Substack file, 4 rows: 2 imported .* 1 suppressed .* 1 invalid" npm run -s subscribers:import -- "$work/subs.csv" --yes
DATA_DIR="$work/a" expect_output "Nothing to import" npm run -s subscribers:import -- "$work/subs.csv" --yes
printf '%s' '<rss version="2.0"><channel><title>Old</title><item><title>Old post</title><link>https://old.example.com/p/1</link>' \
  '<description><![CDATA[<p>Lead.</p><h2>Part</h2><p>Body with <a href="https://example.com">a link</a>.</p>]]></description></item></channel></rss>' >"$work/feed.xml"
DATA_DIR="$work/a" expect_output "RSS file: 1 draft issues created" npm run -s issues:import -- "$work/feed.xml"
DATA_DIR="$work/a" expect_output "RSS file: 0 draft issues created, 1 skipped" npm run -s issues:import -- "$work/feed.xml"
BENCH_IMPORT_ROWS=2000 BENCH_IMPORT_RUNS=1 timed expect_output "median of 1: .* rows/s" npm run -s bench:import

step "bench (1 round × 2 s on two pages; builds once — load, lighthouse and screenshots reuse it)"
timed env BENCH_PORT=$((base + 1)) BENCH_VARNISH_PORT="$varnish_port" BENCH_ROUNDS=1 BENCH_SECONDS=2 \
  BENCH_PAGES=/,/issues/chinese-innovation-news-february-2025 npm run -s bench

step "bench:signin (3 sign-ins in Chromium; the goal is printed, not enforced on a shared machine)"
timed env SKIP_BUILD=1 BENCH_SIGNIN_PORT=$base BENCH_SIGNIN_ROUNDS=3 BENCH_SIGNIN_SMOKE=1 npm run -s bench:signin

step "load (20 connections, 10 s after a 5 s warm-up: the script works; npm run load itself is the 100-connection target)"
timed env SKIP_BUILD=1 LOAD_PORT=$((base + 2)) LOAD_CONNECTIONS=20 LOAD_SECONDS=10 LOAD_WARMUP_SECONDS=5 npm run -s load

step "lighthouse (the browser tests' Chromium via chrome-launcher; one run of two pages, budget reported: npm run lighthouse itself enforces it on the median of three on five pages)"
timed env SKIP_BUILD=1 LIGHTHOUSE_PORT=$((base + 3)) LIGHTHOUSE_RUNS=1 LIGHTHOUSE_BUDGET=report LIGHTHOUSE_PAGES=/,/issues/chinese-innovation-news-february-2025 \
  npm run -s lighthouse

step "fonts:subset --check (the committed web fonts are what the subset script makes)"
timed npm run -s fonts:subset -- --check

step "screenshots (into a temporary folder, not docs/)"
shots="$work/screenshots"
mkdir -p "$shots"
timed env SKIP_BUILD=1 SCREENSHOT_DIR="$shots" E2E_PORT=$((base + 4)) E2E_DATA_DIR=.data-e2e-shots npm run -s screenshots
n=$(find "$shots" -name '*.png' -size +10k | wc -l)
echo "$n screenshots"
[ "$n" -ge 20 ] || { echo "expected at least 20 screenshots"; exit 1; }

step "faults (PostgreSQL stopped under load; PGlite killed twice during writes)"
timed env SKIP_BUILD=1 FAULTS_APP_PORT=$((base + 5)) npm run -s faults

step "cluster tests (two instances, Redis, Varnish, PostgreSQL)"
timed env TEST_DATABASE_URL="$pg_admin" CLUSTER_PORTS="${CLUSTER_PORTS:-3312,3313}" VARNISH_PORT="$varnish_port" npm run -s test:cluster

step "npm run cluster: up and healthy through Varnish, then stopped with Ctrl+C"
cluster_db="dispatch_cluster_ci_$$"
cluster_url="${pg_admin%/*}/$cluster_db"
cluster_log="$work/cluster.log"
# test:cluster just built with REDIS_URL set, which is what SKIP_BUILD=1 needs.
SKIP_BUILD=1 DATABASE_URL="$cluster_url" CLUSTER_PORTS="${CLUSTER_PORTS:-3312,3313}" VARNISH_PORT="$varnish_port" \
  DATA_DIR="$work/cluster-data" setsid npm run -s cluster >"$cluster_log" 2>&1 &
cluster_pid=$!
up=""
for _ in $(seq 1 180); do
  grep -q "Dispatch cluster is up" "$cluster_log" && { up=1; break; }
  kill -0 "$cluster_pid" 2>/dev/null || break
  sleep 1
done
cat "$cluster_log" | grep -v '^{' | tail -n 20 || true
stop_cluster() {
  # The npm process group: npm, tsx and the cluster script; the script stops its own children.
  kill -INT -- "-$cluster_pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$cluster_pid" 2>/dev/null || break; sleep 1; done
  psql "$pg_admin" -qc "drop database if exists \"$cluster_db\" with (force)" >/dev/null
}
[ -n "$up" ] || { stop_cluster; echo "npm run cluster did not come up"; exit 1; }
IFS=, read -r port_a port_b <<<"${CLUSTER_PORTS:-3312,3313}"
for url in "http://127.0.0.1:$varnish_port" "http://127.0.0.1:$port_a" "http://127.0.0.1:$port_b"; do
  curl -fsS "$url/api/health" | grep -q '"status":"ok"' || { stop_cluster; echo "$url/api/health is not ok"; exit 1; }
  curl -fsS -o /dev/null "$url/issues/chinese-innovation-news-february-2025" || { stop_cluster; echo "$url did not serve the issue page"; exit 1; }
done
echo "healthy: Varnish :$varnish_port, instances :$port_a and :$port_b"
stop_cluster
if kill -0 "$cluster_pid" 2>/dev/null; then echo "npm run cluster did not stop on Ctrl+C"; exit 1; fi
for port in "$varnish_port" "$port_a" "$port_b"; do
  if curl -fsS -o /dev/null "http://127.0.0.1:$port/api/health" 2>/dev/null; then echo "port $port still answers after Ctrl+C"; exit 1; fi
done
echo "stopped: nothing answers on those ports"

step "bench:scale (demo beside 300 generated issues, on the build above; the full run also times two builds)"
timed env BENCH_SCALE_SMOKE=1 BENCH_SCALE_COUNT=300 BENCH_SCALE_REUSE_BUILD=1 BENCH_SCALE_PORT=$((base + 6)) npm run -s bench:scale

step "bench:scale on PostgreSQL (BENCH_SCALE_DATABASE=postgres: two throwaway databases, dropped after)"
timed env BENCH_SCALE_SMOKE=1 BENCH_SCALE_COUNT=300 BENCH_SCALE_REUSE_BUILD=1 BENCH_SCALE_DATABASE=postgres BENCH_SCALE_PG_URL="$pg_admin" BENCH_SCALE_PORT=$((base + 6)) npm run -s bench:scale

step "test:security on its own, as the README documents it (both halves ran in full in npm test: here the browser half runs one test)"
timed npm run -s test:security -- --grep "carry the security headers"

step "scripts smoke done"
