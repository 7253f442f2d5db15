package org.quizkit.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quizkit.content.QuizContent;
import org.quizkit.core.export.ExportOptions;
import org.quizkit.core.export.Exporter;
import org.quizkit.core.export.Exporters;
import org.quizkit.core.question.Question;

/**
 * Time and memory to export banks of 1, 10 and 100 times the built-in bank to every format.
 *
 * <p>A bank of k times is the built-in bank repeated k times, each copy with fresh ids: same kinds,
 * same text lengths, so any growth that is not linear comes from the exporter. Each (format, size)
 * runs in a JVM of its own with a fixed young generation, so one run's garbage does not show up in
 * the next one's memory; the parent prints the table.
 *
 * <p>Run: {@code java -cp quiz-bench/target/benchmarks.jar org.quizkit.bench.ExportScale
 * [factor...]}.
 */
public final class ExportScale {
  private static final String CHILD = "--child";

  private ExportScale() {}

  /** Prints the table, or with {@code --child FORMAT FACTOR} measures one run and prints a line. */
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals(CHILD)) {
      System.out.println(measure(args[1], Integer.parseInt(args[2])));
      return;
    }
    List<Integer> factors = new ArrayList<>();
    for (String arg : args) {
      factors.add(Integer.parseInt(arg));
    }
    if (factors.isEmpty()) {
      factors = List.of(1, 10, 100);
    }
    System.out.printf(
        "%-14s %7s %9s %10s %9s %12s %12s %9s%n",
        "format", "factor", "questions", "bytes", "ms", "bank heap MB", "export MB", "RSS MB");
    for (String format : Exporters.names()) {
      for (int factor : factors) {
        System.out.println(child(format, factor));
      }
    }
  }

  private static String child(String format, int factor) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(
                java,
                "-XX:+UseSerialGC",
                "-Xmn16m",
                "-Xmx2g",
                "-cp",
                System.getProperty("java.class.path"),
                ExportScale.class.getName(),
                CHILD,
                format,
                Integer.toString(factor))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String line =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("export of " + format + " x" + factor + " failed: " + line);
    }
    return line;
  }

  private static String measure(String format, int factor) throws IOException {
    Exporter exporter = Exporters.byName(format);
    ExportOptions options = ExportOptions.defaults().withSeed(1);
    List<Question> one = QuizContent.builtIn().bank(1);
    // Warm-up on the 1x bank, so the timed run measures the exporter rather than the JIT.
    for (int i = 0; i < 3; i++) {
      exporter.write(one, options, OutputStream.nullOutputStream());
    }
    long before = settledHeap();
    List<Question> bank = new ArrayList<>(one.size() * factor);
    for (int copy = 0; copy < factor; copy++) {
      for (Question question : one) {
        bank.add(copy == 0 ? question : Renamed.of(question, "-" + copy));
      }
    }
    long withBank = settledHeap();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    Counting out = new Counting();
    long start = System.nanoTime();
    exporter.write(bank, options, out);
    long nanos = System.nanoTime() - start;
    long peak = peakHeap();
    return String.format(
        "%-14s %7d %9d %10d %9.1f %12.1f %12.1f %9.1f",
        format,
        factor,
        bank.size(),
        out.count,
        nanos / 1e6,
        (withBank - before) / 1e6,
        (peak - withBank) / 1e6,
        peakRssKb() / 1e3);
  }

  /** Heap in use after a full collection. */
  private static long settledHeap() {
    System.gc();
    return heapPools().mapToLong(pool -> pool.getUsage().getUsed()).sum();
  }

  private static long peakHeap() {
    return heapPools().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }

  private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP);
  }

  /** The process's peak resident set (Linux), or 0 where /proc is missing. */
  private static long peakRssKb() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return 0;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return 0;
  }

  /** Discards what it is given and counts the bytes, so the disk is not part of the figure. */
  private static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
