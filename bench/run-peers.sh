#!/usr/bin/env bash
# Runs the benchmark pipeline of bench/SPEC.md with jobfirst-eval and with the peers on the same files,
# then checks that the peers' estimates equal ours and prints the timing and memory ratios.
#
#   bench/run-peers.sh DIR [PERSONS [REGISTER_PERSONS [WEEKS]]]
#
# DIR is generated with `jobfirst-eval bench-generate` when it has no register.csv (default 1,000,000
# persons, register = roster, 312 weeks). Each tool writes DIR/out-<tool>/ (SPEC CSVs incl. timings.csv);
# the summary goes to stdout and DIR/peers-summary.txt. Environment: PEERS="pandas r" (which peers to run),
# PEER_TIMEOUT (seconds, default 1800), PEER_MEMORY_KB (address-space cap per peer, default 16000000).
# A peer that fails, runs out of memory or times out is recorded as such; that is a result too.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
dir="${1:?usage: bench/run-peers.sh DIR [PERSONS [REGISTER_PERSONS [WEEKS]]]}"
persons="${2:-1000000}"
register_persons="${3:-$persons}"
weeks="${4:-312}"
peers="${PEERS:-pandas r}"
timeout_s="${PEER_TIMEOUT:-1800}"
memory_kb="${PEER_MEMORY_KB:-16000000}"

echo "building jobfirst-eval (Release) ..." >&2
dotnet build "$repo/src/JobFirst.Evaluation.Cli" -c Release -v q -nologo >/dev/null || exit 1
cli=(dotnet "$repo/src/JobFirst.Evaluation.Cli/bin/Release/net10.0/jobfirst-eval.dll")

if [[ ! -f "$dir/register.csv" ]]; then
  "${cli[@]}" bench-generate --dir "$dir" --persons "$persons" --register-persons "$register_persons" --weeks "$weeks" || exit 1
fi

summary="$dir/peers-summary.txt"
: >"$summary"
say() { echo "$@" | tee -a "$summary"; }

# Best of 3 (files in the page cache, as for every tool below).
wc_time() {
  python3 -c '
import subprocess, sys, time
best = float("inf")
for _ in range(3):
    t = time.perf_counter()
    subprocess.run(["wc", "-l", *sys.argv[1:]], stdout=subprocess.DEVNULL, check=True)
    best = min(best, time.perf_counter() - t)
print(f"{best:.3f}")' "$@"
}

# Every tool starts with the inputs in the page cache (the previous tool may have pushed them out).
warm() { cat "$dir/roster.csv" "$dir/register.csv" "$dir/hours.csv" >/dev/null; }

# run NAME CMD...: wall seconds, peak RSS (MB) and exit status of a tool, limited in time and memory.
declare -A wall rss status load
run() {
  local name="$1"; shift
  local out="$dir/out-$name"
  rm -rf "$out"
  local log="$dir/$name.log"
  warm
  load[$name]=$(cut -d' ' -f1 /proc/loadavg)
  echo "running $name (load ${load[$name]}) ..." >&2
  ( ulimit -v "$memory_kb"; exec /usr/bin/time -f "%e %M" -o "$dir/$name.time" timeout "$timeout_s" "$@" "$out" ) >"$log" 2>&1
  local code=$?
  status[$name]=$code
  read -r wall[$name] rss[$name] <"$dir/$name.time" 2>/dev/null || { wall[$name]=nan; rss[$name]=0; }
  rss[$name]=$(( ${rss[$name]:-0} / 1024 ))
  if [[ $code -eq 124 ]]; then status[$name]="timeout after ${timeout_s} s";
  elif grep -qiE "MemoryError|cannot allocate|std::bad_alloc|Killed" "$log"; then status[$name]="out of memory (cap ${memory_kb} kB)";
  elif [[ $code -ne 0 ]]; then status[$name]="failed (exit $code, see $log)";
  else status[$name]=ok; fi
}

uptime_now=$(uptime)
warm
wc_all=$(wc_time "$dir/roster.csv" "$dir/register.csv" "$dir/hours.csv")
wc_register=$(wc_time "$dir/register.csv")
run jobfirst "${cli[@]}" bench --dir "$dir" --out
for peer in $peers; do
  case "$peer" in
    pandas) run pandas /usr/bin/python3 "$here/peers/pandas_statsmodels.py" "$dir" ;;
    r) run r Rscript "$here/peers/r_datatable_estimatr.R" "$dir" ;;
  esac
done

say "machine: $(nproc) cores; load before the runs: ${uptime_now##*load average: }"
say "inputs: $(du -h "$dir/roster.csv" "$dir/register.csv" "$dir/hours.csv" | awk '{printf "%s %s  ", $2, $1}')"
say ""
sed -n '1,/^register scan \//p' "$dir/jobfirst.log" | tee -a "$summary"
say ""
printf "%-24s %12s %12s %10s %14s %8s  %s\n" tool "total s" "wall s" "peak MB" "total ratio" "load" status | tee -a "$summary"
ours=$(awk -F, '$1=="total"{print $2}' "$dir/out-jobfirst/timings.csv" 2>/dev/null)
for name in jobfirst $peers; do
  total=$(awk -F, '$1=="total"{printf "%.2f", $2}' "$dir/out-$name/timings.csv" 2>/dev/null)
  ratio=$( [[ -n "$total" && -n "$ours" ]] && python3 -c "print(f'{float(\"$total\")/float(\"$ours\"):.1f}x')" || echo "-")
  printf "%-24s %12s %12s %10s %14s %8s  %s\n" "$name" "${total:--}" "${wall[$name]}" "${rss[$name]}" "$ratio" "${load[$name]}" "${status[$name]}" | tee -a "$summary"
done
printf "%-24s %12s %12s %10s %14s %8s  %s\n" "wc -l (3 inputs)" "$wc_all" "" "" \
  "$(python3 -c "print(f'{$wc_all/float(\"$ours\"):.3f}x')" 2>/dev/null)" "" "I/O floor; register alone $wc_register s" | tee -a "$summary"
say ""
ok_dirs=()
for peer in $peers; do [[ "${status[$peer]}" == ok ]] && ok_dirs+=("$dir/out-$peer"); done
agree=0
if [[ ${#ok_dirs[@]} -gt 0 && "${status[jobfirst]}" == ok ]]; then
  /usr/bin/python3 "$here/peers/compare.py" "$dir/out-jobfirst" "${ok_dirs[@]}" | tee -a "$summary"
  agree=${PIPESTATUS[0]}
fi
exit "$agree"
