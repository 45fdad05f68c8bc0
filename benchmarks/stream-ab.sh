#!/usr/bin/env bash
# Compares the stream job of another commit (A) with the working tree (B) on this machine, interleaved, so that the
# machine's drift (on the shared 2-core machines the same code's CPU per event moves by half within an hour) hits
# both alike. Each round runs `StreamBenchmark <events> <users> 10000 20 throughput-heap` once per side, A first.
#
#   benchmarks/stream-ab.sh <commit> [rounds=4] [users=20000] [events=300000]
#
# A is built in a git worktree under ${TMPDIR:-/tmp} (nothing is installed: its module classes go first on B's
# classpath, so both sides run with the same libraries). Prints one line per run and, at the end, each round's
# B/A ratio of CPU per event and their median. Exit codes: 0 done, 2 bad arguments, 1 a build or run failed.
set -euo pipefail

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; }
if [[ $# -lt 1 || "$1" == "--help" || "$1" == "-h" ]]; then
    usage
    [[ $# -ge 1 ]] && exit 0 || exit 2
fi
commit=$1
rounds=${2:-4}
users=${3:-20000}
events=${4:-300000}
[[ "$rounds" =~ ^[0-9]+$ && "$users" =~ ^[0-9]+$ && "$events" =~ ^[0-9]+$ ]] || { usage; exit 2; }

root=$(cd "$(dirname "$0")/.." && pwd)
git -C "$root" rev-parse --verify --quiet "$commit^{commit}" > /dev/null || { echo "unknown commit: $commit" >&2; exit 2; }
worktree=${TMPDIR:-/tmp}/banksync-ab-$(git -C "$root" rev-parse --short "$commit")

echo "building B (working tree) and A ($commit in $worktree)" >&2
(cd "$root" && ./mvnw -B -q -o install -DskipTests -pl core,stream-jobs -am \
    && ./mvnw -B -q -o -pl benchmarks compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
[[ -d "$worktree" ]] || git -C "$root" worktree add -f --detach "$worktree" "$commit" > /dev/null
(cd "$worktree" && ./mvnw -B -q -o package -DskipTests -pl core,stream-jobs,benchmarks -am)

libraries=$(cat "$root/benchmarks/target/classpath.txt")
b_classpath="$root/benchmarks/target/classes:$libraries"
a_classpath="$worktree/benchmarks/target/classes:$worktree/core/target/classes:$worktree/stream-jobs/target/classes:$libraries"

run() { # side classpath → "events/s µs"
    java -cp "$2" dev.banksync.benchmarks.stream.StreamBenchmark "$events" "$users" 10000 20 throughput-heap 2>&1 \
        | sed -n 's/^InsightsJob, PostgreSQL.*: \([0-9,]*\) events\/s.*, \([0-9]*\) µs CPU per event.*/\1 \2/p'
}

ratios=()
for round in $(seq 1 "$rounds"); do
    a=$(run A "$a_classpath"); b=$(run B "$b_classpath")
    [[ -n "$a" && -n "$b" ]] || { echo "round $round: a run failed" >&2; exit 1; }
    ratio=$(awk -v a="${a#* }" -v b="${b#* }" 'BEGIN { printf "%.3f", b / a }')
    ratios+=("$ratio")
    echo "$(date -u +%H:%M:%S) round $round: A ${a% *} events/s ${a#* } µs, B ${b% *} events/s ${b#* } µs, B/A CPU $ratio"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
echo "users $users, events $events: B/A CPU per event, median of $rounds rounds: $median"
