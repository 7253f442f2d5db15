#!/usr/bin/env bash
# Start-up and short commands of quiz against a plain Java "hello world" on the same JVM, in the
# same run.
#
#   bench/startup.sh [JAVA_HOME...]        e.g. bench/startup.sh "" /usr/lib/jvm/temurin-25-jdk-amd64
#
# With no argument it measures the java on PATH ("" means that one too). For each JDK it prints,
# for every case, the median wall time of RUNS runs (default 10) after WARMUP runs (default 3),
# beside the median of as many hello-world runs taken turn about with them (paired, so a change in
# the machine's load hits both alike), the peak resident memory and the CPU time (user + system;
# medians of 5 runs, from /usr/bin/time when installed), and each as a ratio to hello world. `quiz` is bin/quiz, the
# command the README's set-up gives; `java -jar` rows show the same without the launcher.
#
# Cases: `quiz --version`; `practice` up to "Question 1", piped (--plain) and at a terminal (a
# pseudo-terminal from util-linux `script`, when installed: the README's `quiz practice`);
# `practice` to the first answer and its feedback, then q (the memory target); `export` of 3
# versions of 20 questions to Moodle XML; `export` of 60 questions to Canvas; `worksheet`: 3
# versions of 30 questions as PDF.
#
# Timing uses hyperfine when it is installed (with --input from 1.16 on; Debian's 1.15 has no
# --input, so there the command runs under sh with a redirection, whose start hyperfine
# subtracts), else a plain loop timed with date +%s%N. The first-question cases always use the
# loop: the clock stops when the line appears, not when the run ends.
#
# ONLY=REGEX runs only the cases whose name matches, e.g. ONLY='question 1' (hello world always).
#
# Needs the built jar and archives: ./mvnw -B -q -DskipTests package. The archives fit the JDK
# that built them; for another JDK bin/quiz makes its own on the warm-up runs. To measure JDK 25
# with its build-time archives, build with JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
jar=$root/quiz-cli/target/quiz.jar
quiz=$root/bin/quiz
runs=${RUNS:-10}
warmup=${WARMUP:-3}
[ -f "$jar" ] || { echo "startup.sh: $jar missing; run ./mvnw -B -q -DskipTests package" >&2; exit 1; }
[ $# -gt 0 ] || set -- ""

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# hyperfine: "input" (has --input), "shell" (older: no --input), or "" (not installed).
hyperfine_mode=""
if command -v hyperfine >/dev/null; then
  if hyperfine --help 2>/dev/null | grep -q -- '--input'; then hyperfine_mode=input; else hyperfine_mode=shell; fi
fi

timed() {
  local start end
  start=$(date +%s%N)
  "$@" <"$input" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

# Median wall times in ms of hello world and of "$@" (stdin from $input), as "HELLO CASE".
wall() {
  if [ -n "$hyperfine_mode" ]; then
    local quoted
    quoted=$(printf '%q ' "$@")
    if [ "$hyperfine_mode" = input ]; then
      hyperfine -N --style none --warmup "$warmup" --runs "$runs" --input "$input" \
        --export-json "$work/h.json" -- "$java -jar $hello" "$quoted" >/dev/null 2>&1
    else
      hyperfine --shell sh --style none --warmup "$warmup" --runs "$runs" \
        --export-json "$work/h.json" -- "$java -jar $hello <$input" "$quoted <$input" >/dev/null 2>&1
    fi
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(*(round(x["median"]*1000) for x in r))' "$work/h.json"
    return
  fi
  for _ in $(seq "$warmup"); do "$@" <"$input" >/dev/null 2>&1 || true; done
  : >"$work/a"; : >"$work/b"
  for _ in $(seq "$runs"); do
    timed "$java" -jar "$hello" >>"$work/a"
    timed "$@" >>"$work/b"
  done
  echo "$(median <"$work/a") $(median <"$work/b")"
}

# Median ms from start until "Question 1" reaches the pipe, of "$@" (stdin from $input), beside
# hello world taken turn about, as "HELLO CASE". The rest of the run is not counted.
first() {
  for _ in $(seq "$warmup"); do "$@" <"$input" >/dev/null 2>&1 || true; done
  : >"$work/a"; : >"$work/b"
  local start end
  for _ in $(seq "$runs"); do
    timed "$java" -jar "$hello" >>"$work/a"
    start=$(date +%s%N)
    grep -a -m 1 -q 'Question 1 ' < <("$@" <"$input" 2>/dev/null) || true
    end=$(date +%s%N)
    echo $(((end - start) / 1000000)) >>"$work/b"
    wait
  done
  echo "$(median <"$work/a") $(median <"$work/b")"
}

# One run of "$@" at a pseudo-terminal; prints ms until "Question 1" shows, then quits it with q.
at_terminal() {
  local start command
  rm -f "$work/t"
  command=$(printf '%q ' "$@")
  start=$(date +%s%N)
  {
    local i=0
    until [ -s "$work/t" ] || [ "$i" -ge 600 ]; do sleep 0.05; i=$((i + 1)); done
    sleep 0.5; printf 'q\r'; sleep 1; printf 'q\r'
  } | TERM=xterm-256color timeout 60 script -qec "$command" /dev/null 2>/dev/null \
    | { grep -a -m 1 -q 'Question 1' || true; date +%s%N >"$work/t"; cat >/dev/null; } || true
  echo $((($(cat "$work/t") - start) / 1000000))
}

terminal() {
  for _ in $(seq "$warmup"); do at_terminal "$@" >/dev/null; done
  : >"$work/a"; : >"$work/b"
  for _ in $(seq "$runs"); do
    timed "$java" -jar "$hello" >>"$work/a"
    at_terminal "$@" >>"$work/b"
  done
  echo "$(median <"$work/a") $(median <"$work/b")"
}

# Median max RSS in MB and median CPU time (user + system) in ms of "$@" (stdin from $input), as
# "MB MS", or "- -" without GNU time. CPU time hardly moves with the machine's load, unlike wall
# time: on a machine shared by many processes it is the steadier ratio.
usage() {
  [ -x /usr/bin/time ] || { echo "- -"; return; }
  : >"$work/mb"; : >"$work/cpu"
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f '%M %U %S' -o "$work/rss" "$@" <"$input" >/dev/null 2>&1 || true
    tail -n 1 "$work/rss" | awk -v mb="$work/mb" -v cpu="$work/cpu" '{ print $1 >> mb; print int(($2 + $3) * 1000) >> cpu }'
  done
  echo "$(median <"$work/mb" | awk '{ printf "%.1f", $1 / 1024 }') $(median <"$work/cpu")"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'; }

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) cores, $(uname -m); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "method: paired medians of $runs runs after $warmup warm-up runs ($(case $hyperfine_mode in input) echo hyperfine ;; shell) echo 'hyperfine, under sh' ;; *) echo 'date +%s%N loop' ;; esac)); first question: loop; RSS and CPU: median of 5, /usr/bin/time"
for home in "$@"; do
  if [ -n "$home" ]; then java=$home/bin/java; export JAVA_HOME=$home; else java=$(command -v java); unset JAVA_HOME; fi
  # A fresh cache, so that the archives bin/quiz makes for a JDK other than the build's are made
  # by the warm-up runs of this script and not by an earlier, different jar.
  export XDG_CACHE_HOME=$work/cache
  rm -rf "$work/hello"; mkdir -p "$work/hello"
  printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$work/hello/Hello.java"
  "$(dirname "$java")/javac" --release 17 -d "$work/hello" "$work/hello/Hello.java"
  (cd "$work/hello" && "$(dirname "$java")/jar" cfe hello.jar Hello Hello.class)
  hello="$work/hello/hello.jar"

  data=$work/data
  export XDG_DATA_HOME=$data
  practice=(practice --plain --seed 1)
  printf 'q\n' >"$work/q"
  printf 'a\nq\n' >"$work/answer"
  input=$work/q
  out=$work/out
  mkdir -p "$out"

  echo
  echo "JDK: $("$java" -version 2>&1 | head -n 1); archives: $(sed -n 1p "$root/quiz-cli/target/quiz.jdk" 2>/dev/null || echo none)"
  printf '%-44s %8s %7s %7s %7s %7s %7s %7s\n' case "hello ms" "ms" "x hello" "RSS MB" "x hello" "CPU ms" "x hello"
  base=$(usage "$java" -jar "$hello"); base_rss=${base% *}; base_cpu=${base#* }
  row() {
    local name=$1; shift
    [[ -z ${ONLY:-} || $name =~ $ONLY ]] || return 0
    local times base_ms ms used mb cpu
    times=$($measure "$@"); base_ms=${times% *}; ms=${times#* }
    if [ "$measure" = terminal ]; then used="- -"; else used=$(usage "$@"); fi
    mb=${used% *}; cpu=${used#* }
    printf '%-44s %8s %7s %7s %7s %7s %7s %7s\n' "$name" "$base_ms" "$ms" "$(ratio "$ms" "$base_ms")" \
      "$mb" "$(ratio "$mb" "$base_rss")" "$cpu" "$(ratio "$cpu" "$base_cpu")"
  }
  printf '%-44s %8s %7s %7s %7s %7s %7s %7s\n' "hello world (java -jar hello.jar)" "" "" "" "$base_rss" 1.00 "$base_cpu" 1.00
  measure=wall
  row "quiz --version" "$quiz" --version
  measure=first
  row "practice, to question 1, piped (quiz)" "$quiz" "${practice[@]}"
  row "practice, to question 1, piped (java -jar)" "$java" -jar "$jar" "${practice[@]}"
  if script --version 2>/dev/null | grep -q util-linux; then
    measure=terminal
    row "practice, to question 1, terminal (quiz)" "$quiz" practice --seed 1
  fi
  input=$work/answer
  measure=wall
  row "practice, first answer then q (quiz)" "$quiz" "${practice[@]}"
  row "practice, first answer then q (java -jar)" "$java" -jar "$jar" "${practice[@]}"
  input=$work/q
  row "export moodle-xml 3x20 (quiz)" "$quiz" export --format moodle-xml --versions 3 --count 20 --seed 1 --out "$out/m.xml"
  row "export moodle-xml 3x20 (java -jar)" "$java" -jar "$jar" export --format moodle-xml --versions 3 --count 20 --seed 1 --out "$out/m.xml"
  row "export canvas 60 (quiz)" "$quiz" export --format canvas --count 60 --seed 1 --out "$out/c.zip"
  row "worksheet pdf 3x30 (quiz)" "$quiz" worksheet --format pdf --versions 3 --count 30 --seed 1 --out "$out/pdf"
done
