package org.quizkit.core.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.question.TypedAnswerNote;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What gift-pegjs should read for a question, in its own vocabulary ({@code MC}, {@code TF}, {@code
 * Matching}, {@code Short}), worked out from the question and docs/formats.md; also the id number
 * and tags Moodle's rules read from the comment line ({@code id}, {@code tags}). Matching choices
 * are the text a learner should see (lms-check/check.js shows the stored choice as Moodle does),
 * short answers the one text Moodle should accept (check.js reads the stored answer as Moodle's
 * grading does).
 */
final class GiftExpectation implements Question.Cases<Void> {
  private final ObjectNode node;

  private GiftExpectation(ObjectNode node) {
    this.node = node;
  }

  static ObjectNode of(Question question, ExportOptions options) {
    ObjectNode node = JsonMapper.builder().build().createObjectNode();
    node.put("title", question.id());
    // a module name the exporter must rewrite (slashes, line breaks) is left to the unit tests
    String module = Bank.module(question).orElse("");
    if (module.matches("[A-Za-z0-9 _.-]*")) {
      node.put(
          "category", "$course$/top/" + options.title() + (module.isEmpty() ? "" : "/" + module));
    }
    node.put("id", MoodleXmlExpectation.idNumber(question, options));
    ArrayNode tags = node.putArray("tags");
    question.info().tags().stream().filter(GiftExpectation::keptTag).forEach(tags::add);
    node.put("stem", LmsCheckFiles.lines(question.stem()));
    node.put("globalFeedback", LmsCheckFiles.lines(question.info().explanation()));
    question.accept(new GiftExpectation(node));
    return node;
  }

  /**
   * Whether Moodle reads the tag back as it is from a {@code [tag:...]} token: no {@code < > `} or
   * control character, nothing Moodle trims at either end, no trailing backslash, nothing that
   * reads as another token.
   */
  private static boolean keptTag(String tag) {
    return !tag.isEmpty()
        && MoodleLikeXml.phpTrim(tag).equals(tag)
        && tag.chars().noneMatch(c -> c < 0x20 || c == 0x7F || "<>`".indexOf(c) >= 0)
        && !tag.endsWith("\\")
        && !tag.contains("[id:")
        && !tag.contains("[tag:");
  }

  /** A short answer on one line, as written. */
  private static String oneLine(String text) {
    return text.replaceAll("\\r\\n|\\r|\\n", " ");
  }

  private void choice(
      ArrayNode choices, String text, boolean correct, Double weight, String feedback) {
    ObjectNode choice = choices.addObject();
    choice.put("text", LmsCheckFiles.lines(text));
    choice.put("isCorrect", correct);
    if (weight == null) {
      choice.putNull("weight");
    } else {
      choice.put("weight", weight);
    }
    if (feedback.isEmpty()) {
      choice.putNull("feedback");
    } else {
      choice.put("feedback", LmsCheckFiles.lines(feedback));
    }
  }

  private static double share(int parts) {
    return BigDecimal.valueOf(100)
        .divide(BigDecimal.valueOf(parts), 5, RoundingMode.HALF_UP)
        .doubleValue();
  }

  @Override
  public Void singleChoice(SingleChoice question) {
    node.put("type", "MC");
    ArrayNode choices = node.putArray("choices");
    for (Option option : question.options()) {
      choice(
          choices, option.text(), option.id().equals(question.correct()), null, option.feedback());
    }
    return null;
  }

  @Override
  public Void multipleResponse(MultipleResponse question) {
    node.put("type", "MC");
    int right = question.correct().size();
    int wrong = question.options().size() - right;
    ArrayNode choices = node.putArray("choices");
    for (Option option : question.options()) {
      boolean correct = question.correct().contains(option.id());
      double weight = correct ? share(right) : -share(Math.min(wrong, 10));
      choice(choices, option.text(), false, weight, option.feedback());
    }
    return null;
  }

  @Override
  public Void trueFalse(TrueFalse question) {
    node.put("type", "TF");
    node.put("isTrue", question.answer());
    return null;
  }

  @Override
  public Void matching(Matching question) {
    node.put("type", "Matching");
    ArrayNode pairs = node.putArray("matchPairs");
    for (Option premise : question.premises()) {
      String choice = question.key().get(premise.id());
      pair(pairs, premise.text(), text(question.choices(), choice));
    }
    for (Option choice : question.choices()) {
      if (!question.key().containsValue(choice.id())) {
        pair(pairs, "", choice.text());
      }
    }
    return null;
  }

  @Override
  public Void ordering(Ordering question) {
    node.put("type", "Matching");
    ArrayNode pairs = node.putArray("matchPairs");
    for (int i = 0; i < question.order().size(); i++) {
      pair(pairs, String.valueOf(i + 1), text(question.items(), question.order().get(i)));
    }
    return null;
  }

  @Override
  public Void shortAnswer(ShortAnswer question) {
    node.put("type", "Short");
    ArrayNode choices = node.putArray("choices");
    for (String accepted : question.accepted()) {
      choice(choices, oneLine(accepted), true, null, "");
    }
    for (TypedAnswerNote note : question.notes()) {
      for (String answer : note.answers()) {
        choice(
            choices,
            oneLine(answer),
            true,
            note.credit() == 1.0 ? null : note.credit() * 100,
            note.feedback());
      }
    }
    return null;
  }

  private static void pair(ArrayNode pairs, String premise, String choice) {
    ObjectNode pair = pairs.addObject();
    pair.put("subquestion", LmsCheckFiles.lines(premise));
    pair.put("subanswer", LmsCheckFiles.lines(choice));
  }

  private static String text(List<Option> options, String id) {
    return options.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow().text();
  }
}
