#!/usr/bin/env bash
# Start-up of quiz against a plain Java "hello world" on the same JVM, in the same run.
#
#   bench/startup.sh [JAVA_HOME...]        e.g. bench/startup.sh "" /usr/lib/jvm/temurin-25-jdk-amd64
#
# With no argument it measures the java on PATH ("" means that one too). Cases: `quiz --version`;
# `practice` quit at once (the whole run, and the time until "Question 1" is printed); and
# `practice` with four answers saved to the progress store. For each JDK it prints,
# for every case, the median wall time of RUNS runs (default 10) after WARMUP runs (default 3),
# beside the median of as many hello-world runs taken turn about with them, the peak resident
# memory (max RSS, from /usr/bin/time when installed), and the ratios to hello world. Uses
# hyperfine when it is installed, else a plain loop timed with date +%s%N.
# Needs the built jar: ./mvnw -B package -DskipTests.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
jar=$root/quiz-cli/target/quiz.jar
runs=${RUNS:-10}
warmup=${WARMUP:-3}
[ -f "$jar" ] || { echo "startup.sh: $jar missing; run ./mvnw -B package -DskipTests" >&2; exit 1; }
[ $# -gt 0 ] || set -- ""

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# Median wall times in ms of hello world and of "$@" (stdin from $input), as "HELLO CASE". The two
# are timed turn about, so a change in the machine's load hits both alike.
wall() {
  if command -v hyperfine >/dev/null; then
    hyperfine -N --style none --warmup "$warmup" --runs "$runs" --input "$input" \
      --export-json "$work/h.json" -- "$java -jar $hello" "$(printf '%q ' "$@")" >/dev/null 2>&1
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(*(round(x["median"]*1000) for x in r))' "$work/h.json"
    return
  fi
  for _ in $(seq "$warmup"); do "$@" <"$input" >/dev/null 2>&1 || true; done
  : >"$work/a"; : >"$work/b"
  for _ in $(seq "$runs"); do
    echo "$(timed "$java" -jar "$hello")" >>"$work/a"
    echo "$(timed "$@")" >>"$work/b"
  done
  echo "$(median <"$work/a") $(median <"$work/b")"
}

timed() {
  local start end
  start=$(date +%s%N)
  "$@" <"$input" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

# Median ms from start until "Question 1" reaches the pipe, of "$@" (stdin from $input), beside
# the median of as many hello-world runs taken turn about with them, as "HELLO CASE". The clock
# stops when grep sees the line, so the rest of the run (the answer, the summary) is not counted.
first() {
  for _ in $(seq "$warmup"); do "$@" <"$input" >/dev/null 2>&1 || true; done
  : >"$work/a"; : >"$work/b"
  local start end
  for _ in $(seq "$runs"); do
    echo "$(timed "$java" -jar "$hello")" >>"$work/a"
    start=$(date +%s%N)
    grep -m 1 -q '^Question 1 ' < <("$@" <"$input" 2>/dev/null) || true
    end=$(date +%s%N)
    echo $(((end - start) / 1000000)) >>"$work/b"
  done
  echo "$(median <"$work/a") $(median <"$work/b")"
}

# Median max RSS in MB of "$@", or "-" without GNU time.
rss() {
  [ -x /usr/bin/time ] || { echo "-"; return; }
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f %M -o "$work/rss" "$@" <"$input" >/dev/null 2>&1 || true
    tail -n 1 "$work/rss"
  done | median | awk '{ printf "%.1f", $1 / 1024 }'
}

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) cores, $(uname -m); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "method: median of $runs runs after $warmup warm-up runs ($(command -v hyperfine >/dev/null && echo hyperfine || echo 'date +%s%N loop')); RSS: median of 5, /usr/bin/time"
for home in "$@"; do
  if [ -n "$home" ]; then java=$home/bin/java; export JAVA_HOME=$home; else java=$(command -v java); unset JAVA_HOME; fi
  # A fresh cache, so that the archive bin/quiz makes for a JDK other than the build's is made
  # by the warm-up runs of this script and not by an earlier, different jar.
  export XDG_CACHE_HOME=$work/cache
  mkdir -p "$work/hello"
  printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$work/hello/Hello.java"
  "$(dirname "$java")/javac" --release 17 -d "$work/hello" "$work/hello/Hello.java"
  (cd "$work/hello" && "$(dirname "$java")/jar" cfe hello.jar Hello Hello.class)
  hello="$work/hello/hello.jar"

  data=$work/data
  practice=(practice --plain --seed 1 --data-dir "$data")
  printf 'q\n' >"$work/q"
  input=$work/q

  echo
  echo "JDK: $("$java" -version 2>&1 | head -n 1)"
  printf '%-44s %8s %8s %7s %9s %7s\n' case "hello ms" "ms" "x hello" "RSS MB" "x hello"
  base_rss=$(rss "$java" -jar "$hello")
  row() {
    local name=$1; shift
    local times base_ms ms mb
    times=$($measure "$@"); base_ms=${times% *}; ms=${times#* }; mb=$(rss "$@")
    printf '%-44s %8s %8s %7s %9s %7s\n' "$name" "$base_ms" "$ms" "$(awk -v a="$ms" -v b="$base_ms" 'BEGIN { printf "%.2f", a / b }')" \
      "$mb" "$(awk -v a="$mb" -v b="$base_rss" 'BEGIN { if (a == "-") print "-"; else printf "%.2f", a / b }')"
  }
  printf '%-44s %8s %8s %7s %9s %7s\n' "hello world (java -jar hello.jar)" "" "" "" "$base_rss" 1.00
  measure=wall
  row "quiz --version (bin/quiz)" "$root/bin/quiz" --version
  row "quiz --version (java -jar)" "$java" -jar "$jar" --version
  row "practice, whole run with q (bin/quiz)" "$root/bin/quiz" "${practice[@]}"
  row "practice, whole run with q (java -jar)" "$java" -jar "$jar" "${practice[@]}"
  measure=first
  row "practice, to question 1 (bin/quiz)" "$root/bin/quiz" "${practice[@]}"
  row "practice, to question 1 (java -jar)" "$java" -jar "$jar" "${practice[@]}"
  # A real session: four answers (true or false, then three letters), each saved to the progress
  # store, then the summary.
  printf 't\na\na\na\nq\n' >"$work/answers"
  input=$work/answers
  measure=wall
  row "practice, answers then q (bin/quiz)" "$root/bin/quiz" "${practice[@]}"
  input=$work/q
done
