package org.quizkit.core.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a QTI 3 delivery runtime must do with each exported item, for {@code
 * lms-check/qti3-runtime.js}, which answers the items in {@code @citolab/qti-components} (npm) in
 * headless Chromium: for each response (the key, every response with one mistake, each short-answer
 * note's answers, and every option of a multiple response at once) the score JQTI+ gives the same
 * item in QTI 2.1, the FEEDBACK identifiers JQTI+ sets, and the feedback the learner must see,
 * worked out from the question: the explanation and the feedback of each chosen option or matching
 * note.
 */
final class QtiRuntimeRuns {
  private static final Jqti JQTI = new Jqti();

  private QtiRuntimeRuns() {}

  /** A multiple response with feedback on three of its four options, one of them right. */
  static MultipleResponse manyFeedbacks() {
    return new MultipleResponse(
        "mr-all",
        "Which are named?",
        List.of(
            Option.of("a", "A"),
            new Option("b", "B", "b", "B is not named."),
            new Option("c", "C", "c", "C is not named either."),
            new Option("d", "D", "d", "D is named.")),
        List.of("a", "d"),
        QuestionInfo.of("A and D are named.", "module:x"));
  }

  /**
   * Writes {@code quiz}'s QTI 3 package unzipped into {@code dir} and {@code dir/runs.json}: one
   * entry per written item, in manifest order.
   *
   * @return the kinds of the written items
   */
  static Set<String> write(List<Question> quiz, ExportOptions options, Path dir) throws Exception {
    Path qti21 = Files.createTempDirectory("qti21-runs");
    try {
      ByteArrayOutputStream zip = new ByteArrayOutputStream();
      ExportReport report = Exporters.qti3().write(quiz, options, zip);
      Set<String> skipped =
          report.skipped().stream().map(ExportReport.Note::questionId).collect(Collectors.toSet());
      List<Question> written = quiz.stream().filter(q -> !skipped.contains(q.id())).toList();
      Qti21Tests.unzip(zip.toByteArray(), dir);
      Qti21Tests.unzip(Qti21Tests.zip(quiz, options), qti21);
      List<String> hrefs = Qti3Tests.itemHrefs(dir);
      if (!hrefs.equals(Qti21Tests.itemHrefs(qti21)) || hrefs.size() != written.size()) {
        throw new IllegalStateException("QTI 2.1 and QTI 3 packages list other items: " + hrefs);
      }
      JsonMapper json = JsonMapper.builder().build();
      ArrayNode items = json.createArrayNode();
      for (int i = 0; i < written.size(); i++) {
        items.add(item(json, written.get(i), hrefs.get(i), qti21.resolve(hrefs.get(i))));
      }
      json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("runs.json").toFile(), items);
      return written.stream().map(q -> q.kind().id()).collect(Collectors.toSet());
    } finally {
      try (var files = Files.walk(qti21)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static ObjectNode item(JsonMapper json, Question question, String href, Path qti21)
      throws IOException {
    var result = JQTI.item(qti21.toFile());
    if (!Jqti.problems(result).isEmpty()) {
      throw new IllegalStateException(href + ": " + Jqti.problems(result));
    }
    var resolved = result.getResolvedAssessmentItem();
    QtiResponses responses = QtiResponses.of(question);
    // each response with what it must score: the maximum, less, or a note's credit
    Map<List<String>, String> all = new LinkedHashMap<>();
    all.put(typed(responses.right()), "max");
    responses.wrong().forEach(w -> all.putIfAbsent(typed(w), "less"));
    responses.graded().forEach(g -> all.putIfAbsent(typed(List.of(g.typed())), "" + g.score()));
    everyOption(question, responses).forEach(e -> all.putIfAbsent(e, "less"));
    ObjectNode item = json.createObjectNode();
    item.put("href", href);
    item.put("id", question.id());
    item.put("kind", question.kind().id());
    item.put("maxScore", responses.maxScore());
    ArrayNode runs = item.putArray("runs");
    for (Map.Entry<List<String>, String> entry : all.entrySet()) {
      List<String> response = entry.getKey();
      var outcomes = JQTI.run(resolved, Map.of("RESPONSE", response));
      ObjectNode run = runs.addObject();
      response.forEach(run.putArray("response")::add);
      run.put("expect", entry.getValue());
      run.put("score", Jqti.number(outcomes.get("SCORE")));
      Jqti.identifiers(outcomes.get("FEEDBACK")).stream()
          .distinct()
          .sorted()
          .forEach(run.putArray("feedback")::add);
      ArrayNode shown = run.putArray("shown");
      shown(question, response)
          .forEach((id, text) -> shown.addObject().put("id", id).put("text", text));
    }
    return item;
  }

  /** What a text entry receives: one line. */
  private static List<String> typed(List<String> response) {
    return response.stream().map(v -> v.replaceAll("[\\t\\r\\n]+", " ")).toList();
  }

  /**
   * A multiple response with every option chosen (every option's feedback at once): each option is
   * in the key or in one of the one-mistake responses.
   */
  private static List<List<String>> everyOption(Question question, QtiResponses responses) {
    if (question.kind() != Kind.MULTIPLE_RESPONSE) {
      return List.of();
    }
    Set<String> every = new java.util.TreeSet<>(responses.right());
    responses.wrong().forEach(every::addAll);
    return List.of(List.copyOf(every));
  }

  /** The feedback a learner must see after {@code response}, by identifier, in a fixed order. */
  static Map<String, String> shown(Question question, List<String> response) {
    Map<String, String> shown = new java.util.TreeMap<>();
    shown.put(QtiItemWriter.EXPLANATION, question.info().explanation());
    question.accept(
        new Question.Cases<Void>() {
          @Override
          public Void singleChoice(SingleChoice q) {
            chosen(q.options());
            return null;
          }

          @Override
          public Void multipleResponse(MultipleResponse q) {
            chosen(q.options());
            return null;
          }

          private void chosen(List<Option> options) {
            for (int i = 0; i < options.size(); i++) {
              if (response.contains("C" + (i + 1)) && !options.get(i).feedback().isEmpty()) {
                shown.put("C" + (i + 1), options.get(i).feedback());
              }
            }
          }

          @Override
          public Void shortAnswer(ShortAnswer q) {
            // note forms differ, ignoring case, from the accepted answers and from each other
            String typed = response.get(0).toLowerCase(Locale.ROOT);
            for (QtiItemWriter.NoteForm form : QtiItemWriter.noteForms(q)) {
              int note = Integer.parseInt(form.feedbackId().substring(4)) - 1;
              String feedback = q.notes().get(note).feedback();
              if (form.form().toLowerCase(Locale.ROOT).equals(typed) && !feedback.isEmpty()) {
                shown.put(form.feedbackId(), feedback);
              }
            }
            return null;
          }

          @Override
          public Void trueFalse(TrueFalse q) {
            return null;
          }

          @Override
          public Void matching(Matching q) {
            return null;
          }

          @Override
          public Void ordering(Ordering q) {
            return null;
          }
        });
    return shown;
  }
}
