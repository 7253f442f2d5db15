package org.quizkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * What an integrator who adds quiz-content gets at run time: at most 6 MB (6,000,000 bytes) of
 * jars, quiz-core's and quiz-content's classes counted as they would be in their jars, and no YAML
 * parser. The class path is the one the build writes with {@code dependency:build-classpath}
 * (runtime scope, optional dependencies left out) to {@code target/integrator-classpath.txt}, plus
 * this module's classes.
 */
class LeanRuntimeTests {
  /** 6 MiB, in bytes. */
  private static final long LIMIT = 6L << 20;

  /** Today's size without what is leaving, and a little room. */
  private static final long RATCHET = 6_500_000;

  private static final Path CLASSPATH = Path.of("target", "integrator-classpath.txt");
  private static final Path OWN_CLASSES = Path.of("target", "classes");

  /** One jar, or the files of a class directory counted one by one. */
  private record Entry(String name, long bytes) {}

  private static List<Path> classPath() throws IOException {
    List<Path> paths = new ArrayList<>();
    for (String entry : Files.readString(CLASSPATH).strip().split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        paths.add(Path.of(entry));
      }
    }
    paths.add(OWN_CLASSES);
    return paths;
  }

  /**
   * Every jar by name, and every file of a class directory (so fonts show by name) at the size it
   * takes in a jar: deflated, with its two zip headers.
   */
  private static List<Entry> entries() throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (Path path : classPath()) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          files
              .filter(Files::isRegularFile)
              .forEach(file -> entries.add(new Entry(file.toString(), jarred(file))));
        }
      } else if (ours(path)) {
        // quiz-core as a jar (after package): its entries one by one, so fonts show by name
        try (ZipFile jar = new ZipFile(path.toFile())) {
          jar.stream()
              .filter(entry -> !entry.isDirectory())
              .forEach(
                  entry ->
                      entries.add(
                          new Entry(
                              path + "!/" + entry.getName(),
                              entry.getCompressedSize()
                                  + 30
                                  + 46
                                  + 2L * entry.getName().length())));
        }
      } else {
        entries.add(new Entry(path.toString(), size(path)));
      }
    }
    return entries;
  }

  /** The bytes {@code file} takes in a jar: deflated, plus the local and central headers. */
  private static long jarred(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
      deflater.setInput(bytes);
      deflater.finish();
      byte[] buffer = new byte[8192];
      long deflated = 0;
      while (!deflater.finished()) {
        deflated += deflater.deflate(buffer);
      }
      deflater.end();
      int name = file.getFileName().toString().length() + 32;
      return Math.min(deflated, bytes.length) + 30 + 46 + 2L * name;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A jar of this project's own modules (quiz-core, in a build that has packaged it). */
  private static boolean ours(Path jar) {
    return jar.getFileName().toString().startsWith("quiz-");
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The total and the largest entries by name and size, for a message. */
  private static String report(List<Entry> entries, long limit) {
    long total = entries.stream().mapToLong(Entry::bytes).sum();
    StringBuilder out =
        new StringBuilder(
            String.format(Locale.ROOT, "%,d bytes at run time, more than %,d:", total, limit));
    entries.stream()
        .sorted(Comparator.comparingLong(Entry::bytes).reversed())
        .limit(15)
        .forEach(
            e ->
                out.append(
                    String.format(
                        Locale.ROOT, "%n  %,11d  %s", e.bytes(), Path.of(e.name()).getFileName())));
    return out.toString();
  }

  /** The only libraries left once SQLite and the PDF stack are gone: Guava's and Jackson's. */
  private static final Set<String> ENGINE_LIBRARIES =
      Set.of(
          "guava",
          "failureaccess",
          "listenablefuture",
          "jspecify",
          "error_prone_annotations",
          "j2objc-annotations",
          "jackson-databind",
          "jackson-core",
          "jackson-annotations");

  @Test
  void bringsOnlyGuavaAndJackson() throws IOException {
    List<String> others = new ArrayList<>();
    for (Path path : classPath()) {
      if (!Files.isDirectory(path) && !ours(path)) {
        String artifact = path.getParent().getParent().getFileName().toString();
        if (!ENGINE_LIBRARIES.contains(artifact)) {
          others.add(path.getFileName() + String.format(Locale.ROOT, " (%,d bytes)", size(path)));
        }
      }
    }

    assertEquals(List.of(), others);
  }

  /**
   * A ratchet at today's size without what is leaving (6,440,492 bytes on 2026-12-05: Guava
   * 3,070,217, Jackson 2,687,562, quiz-core's and quiz-content's classes about 560,000 in jars).
   */
  @Test
  void growsNoFurtherThanSixAndAHalfMegabytesWithItsOwnClasses() throws IOException {
    List<Entry> staying = entries();

    assertTrue(
        staying.stream().mapToLong(Entry::bytes).sum() <= RATCHET, () -> report(staying, RATCHET));
  }

  /**
   * What {@code dependency:tree} lists for this module at run time, as the issue measures it: every
   * jar an integrator receives with quiz-content (quiz-core included), at most 6 MiB. On
   * 2026-12-05: 6,058,439 bytes (Guava 3,083,179 with failureaccess, Jackson 2,687,562, quiz-core
   * 289,897).
   */
  @Test
  void bringsAtMostSixMebibytesOfRuntimeJars() throws IOException {
    List<Entry> jars =
        entries().stream().filter(e -> !e.name().startsWith(OWN_CLASSES.toString())).toList();

    assertTrue(jars.stream().mapToLong(Entry::bytes).sum() <= LIMIT, () -> report(jars, LIMIT));
  }

  /**
   * The class path above leaves the YAML parser out by name, so the pom must make it optional for
   * integrators too (quiz-cli declares it for its --dataset option).
   */
  @Test
  void declaresTheYamlParserOptional() throws Exception {
    org.w3c.dom.Document pom =
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Path.of("pom.xml").toFile());
    org.w3c.dom.NodeList dependencies = pom.getElementsByTagName("dependency");
    String optional = "absent";
    for (int i = 0; i < dependencies.getLength(); i++) {
      org.w3c.dom.Element dependency = (org.w3c.dom.Element) dependencies.item(i);
      String artifact = dependency.getElementsByTagName("artifactId").item(0).getTextContent();
      if (artifact.equals("jackson-dataformat-yaml")) {
        org.w3c.dom.NodeList flag = dependency.getElementsByTagName("optional");
        optional = flag.getLength() == 0 ? "false" : flag.item(0).getTextContent().strip();
      }
    }

    assertEquals("true", optional);
  }

  /** Runs {@link NoYamlProbe} in a class loader that sees only the integrator's class path. */
  @Test
  void buildsDeliversAndScoresTheBuiltInContentWithoutAYamlParser() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (Path path : classPath()) {
      urls.add(path.toUri().toURL());
    }
    urls.add(Path.of("target", "test-classes").toUri().toURL());
    try (URLClassLoader integrator =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      assertThrows(
          ClassNotFoundException.class,
          () -> integrator.loadClass("tools.jackson.dataformat.yaml.YAMLFactory"));
      @SuppressWarnings("unchecked")
      Callable<String> probe =
          (Callable<String>)
              integrator
                  .loadClass(NoYamlProbe.class.getName())
                  .getDeclaredConstructor()
                  .newInstance();

      assertEquals(
          "8 questions, 8.0 of 8; YAML refused: reading YAML needs"
              + " tools.jackson.dataformat:jackson-dataformat-yaml on the class path",
          probe.call());
    }
  }
}
