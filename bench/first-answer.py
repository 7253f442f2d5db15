#!/usr/bin/env python3
"""Time from the learner's first answer to its feedback, in a real terminal (a pseudo-terminal).

    bench/first-answer.py [RUNS]

Starts `bin/quiz practice --seed 1` on a pseudo-terminal with a fresh data folder, waits for the
first question, waits half a second (a learner reads the question), types `t` and Enter, and
stops the clock when the feedback's score ("... point") appears. The first answer is the one that
opens the progress store. Prints each run and the median in ms. Needs the built jar
(./mvnw -B -q -DskipTests package) and Python 3 on Linux or macOS.
"""
import os
import pty
import select
import shutil
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_until(fd, marker, seconds=20):
    seen = b""
    end = time.time() + seconds
    while marker not in seen and time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                seen += os.read(fd, 4096)
            except OSError:
                break
    return marker in seen


def once():
    data = tempfile.mkdtemp(prefix="quiz-first-answer-")
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = os.environ.get("TERM", "xterm")
        os.execv(os.path.join(ROOT, "bin", "quiz"),
                 ["quiz", "practice", "--seed", "1", "--data-dir", data])
    try:
        if not read_until(fd, b"quit"):
            raise SystemExit("no first question within 20 s")
        time.sleep(0.5)
        start = time.time()
        os.write(fd, b"t\r")
        if not read_until(fd, b"point"):
            raise SystemExit("no feedback within 20 s")
        return round((time.time() - start) * 1000)
    finally:
        os.write(fd, b"q\r")
        time.sleep(0.3)
        try:
            os.kill(pid, 9)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        shutil.rmtree(data, ignore_errors=True)


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    times = [once() for _ in range(runs)]
    print("first answer to feedback (ms):", " ".join(map(str, times)))
    print("median:", statistics.median(times))


if __name__ == "__main__":
    main()
