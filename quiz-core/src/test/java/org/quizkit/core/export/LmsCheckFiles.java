package org.quizkit.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.RandomQuestions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes exports and what an independent parser should read from them to {@code target/lms-check/},
 * where {@code lms-check/check.js} (run by quiz-core's integration-test phase of {@code ./mvnw -B
 * verify}, after these tests) parses them with the npm packages gift-pegjs and aiken-to-moodlexml.
 */
final class LmsCheckFiles {
  static final Path DIR = Path.of("target/lms-check");

  private LmsCheckFiles() {}

  /**
   * A bank of hostile questions drawn from {@link RandomQuestions} with a fixed seed, so the file
   * is the same on every run.
   */
  static List<Question> randomBank(int size, long seed) {
    java.util.LinkedHashMap<String, Question> byId = new java.util.LinkedHashMap<>();
    for (Question question :
        RandomQuestions.sample(RandomQuestions.hostile().any(), seed, 4 * size)) {
      if (byId.size() < size) {
        byId.putIfAbsent(question.id(), question);
      }
    }
    if (byId.size() < size) {
      throw new IllegalStateException("only " + byId.size() + " distinct ids, not " + size);
    }
    return List.copyOf(byId.values());
  }

  static ExportReport write(
      Exporter exporter, String name, List<Question> questions, ExportOptions options)
      throws IOException {
    Files.createDirectories(DIR);
    try (OutputStream out = Files.newOutputStream(DIR.resolve(name))) {
      return exporter.write(questions, options, out);
    }
  }

  static void expect(String name, JsonNode expectation) throws IOException {
    Files.createDirectories(DIR);
    JsonMapper.builder()
        .build()
        .writerWithDefaultPrettyPrinter()
        .writeValue(DIR.resolve(name + ".expected.json").toFile(), expectation);
  }

  /** Line breaks as an importer sees them once {@code \n} is unescaped. */
  static String lines(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
