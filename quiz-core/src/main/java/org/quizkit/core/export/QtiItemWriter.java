package org.quizkit.core.export;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.question.TypedAnswerNote;

/**
 * Writes one question as a QTI {@code assessmentItem}, in the names of a {@link QtiDialect}.
 *
 * <p>Scores are points: one per right option (multiple response), pair (matching) or position
 * (ordering), otherwise one; {@code MAXSCORE} holds the maximum. Response processing is written out
 * in the item and names no standard template: every item also sets {@code FEEDBACK} (the
 * explanation, always), which no template does, and an engine may run a named template in place of
 * the written rules ({@code @citolab/qti-components} does), which would leave the learner without
 * feedback. The scoring rules are those of {@code match_correct} or {@code map_response}; ordering
 * gets one point per item in its right place, which no standard template computes.
 *
 * <p>{@code FEEDBACK} is always built from single values ({@code multiple} of base values and
 * single variables, never of a container): an engine that nests a container inside {@code multiple}
 * ({@code @citolab/qti-components} joins {@code ["C2","C3"]} into one value {@code "C2,C3"}) would
 * otherwise lose the identifiers. So a multiple-response item has one single outcome per option
 * with feedback, {@code FEEDBACK_C<n>}: {@code C<n>} when that option is chosen ({@code member}),
 * {@code EXPLANATION} otherwise; {@code FEEDBACK} is {@code EXPLANATION} with every such outcome.
 */
final class QtiItemWriter implements Question.Cases<Void> {
  static final String EXPLANATION = "EXPLANATION";

  private final XmlOut xml;
  private final QtiDialect dialect;
  private final String identifier;

  private QtiItemWriter(XmlOut xml, QtiDialect dialect, String identifier) {
    this.xml = xml;
    this.dialect = dialect;
    this.identifier = identifier;
  }

  /** Writes {@code question} as a complete item document. */
  static void write(OutputStream out, QtiDialect dialect, String identifier, Question question) {
    XmlOut xml = dialect.items(out);
    question.accept(new QtiItemWriter(xml, dialect, identifier));
    xml.close();
  }

  /** Accepted answers as a text entry receives them: one line, distinct ignoring case. */
  static List<String> typedForms(ShortAnswer question) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> forms = new ArrayList<>();
    for (String accepted : question.accepted()) {
      String form = accepted.replaceAll("[\\t\\r\\n]+", " ");
      if (seen.add(form.toLowerCase(Locale.ROOT))) {
        forms.add(form);
      }
    }
    return forms;
  }

  /**
   * A note's answer as a text entry receives it, with its credit and the identifier of the note's
   * feedback ({@code NOTE1}, ...: the note's position, one based).
   */
  record NoteForm(String form, double credit, String feedbackId) {}

  /**
   * Every note answer as a text entry receives it: one line, and distinct ignoring case from the
   * accepted answers and from each other (the first wins, as the scorer tries accepted answers
   * first).
   */
  static List<NoteForm> noteForms(ShortAnswer question) {
    Set<String> seen = new LinkedHashSet<>();
    typedForms(question).forEach(form -> seen.add(form.toLowerCase(Locale.ROOT)));
    List<NoteForm> forms = new ArrayList<>();
    for (int n = 0; n < question.notes().size(); n++) {
      TypedAnswerNote note = question.notes().get(n);
      for (String answer : note.answers()) {
        String form = answer.replaceAll("[\\t\\r\\n]+", " ");
        if (seen.add(form.toLowerCase(Locale.ROOT))) {
          forms.add(new NoteForm(form, note.credit(), "NOTE" + (n + 1)));
        }
      }
    }
    return forms;
  }

  // ------------------------------------------------------------------ kinds

  @Override
  public Void singleChoice(SingleChoice question) {
    List<Option> options = question.options();
    String right = "C" + (indexOf(options, question.correct()) + 1);
    header(question);
    xml.start(
        "responseDeclaration",
        "identifier",
        "RESPONSE",
        "cardinality",
        "single",
        "baseType",
        "identifier");
    correct(List.of(right));
    xml.end();
    outcomes(1);
    xml.start("itemBody");
    xml.start(
        "choiceInteraction",
        "responseIdentifier",
        "RESPONSE",
        "shuffle",
        "true",
        "maxChoices",
        "1");
    xml.leaf("prompt", question.stem());
    choices("simpleChoice", "C", options);
    xml.end().end();
    matchCorrect(true);
    optionFeedback("C", options);
    explanation(question);
    return null;
  }

  @Override
  public Void multipleResponse(MultipleResponse question) {
    List<Option> options = question.options();
    int right = question.correct().size();
    int wrong = options.size() - right;
    List<String> key = new ArrayList<>();
    for (String id : question.correct()) {
      key.add("C" + (indexOf(options, id) + 1));
    }
    header(question);
    xml.start(
        "responseDeclaration",
        "identifier",
        "RESPONSE",
        "cardinality",
        "multiple",
        "baseType",
        "identifier");
    correct(key);
    // a wrong choice costs right/wrong points, so choosing every option scores 0: rounded away
    // from zero, or the wrong choices could cost a millionth less than the right ones earn
    String penalty =
        wrong == 0
            ? "0"
            : number(
                BigDecimal.valueOf(-right).divide(BigDecimal.valueOf(wrong), 6, RoundingMode.UP));
    xml.start(
        "mapping", "lowerBound", "0", "upperBound", String.valueOf(right), "defaultValue", "0");
    for (int i = 0; i < options.size(); i++) {
      String choice = "C" + (i + 1);
      xml.empty("mapEntry", "mapKey", choice, "mappedValue", key.contains(choice) ? "1" : penalty);
    }
    xml.end().end();
    outcomes(right);
    List<String> withFeedback = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      if (!options.get(i).feedback().isEmpty()) {
        withFeedback.add("C" + (i + 1));
      }
    }
    for (String choice : withFeedback) {
      xml.empty(
          "outcomeDeclaration",
          "identifier",
          "FEEDBACK_" + choice,
          "cardinality",
          "single",
          "baseType",
          "identifier");
    }
    xml.start("itemBody");
    xml.start(
        "choiceInteraction",
        "responseIdentifier",
        "RESPONSE",
        "shuffle",
        "true",
        "maxChoices",
        "0");
    xml.leaf("prompt", question.stem());
    choices("simpleChoice", "C", options);
    xml.end().end();
    xml.start("responseProcessing");
    scoreByMapping();
    chosenOptionsFeedbackRules(withFeedback);
    xml.end();
    optionFeedback("C", options);
    explanation(question);
    return null;
  }

  @Override
  public Void trueFalse(TrueFalse question) {
    header(question);
    xml.start(
        "responseDeclaration",
        "identifier",
        "RESPONSE",
        "cardinality",
        "single",
        "baseType",
        "identifier");
    correct(List.of(question.answer() ? "TRUE" : "FALSE"));
    xml.end();
    outcomes(1);
    xml.start("itemBody");
    xml.start(
        "choiceInteraction",
        "responseIdentifier",
        "RESPONSE",
        "shuffle",
        "false",
        "maxChoices",
        "1");
    xml.leaf("prompt", question.stem());
    xml.leaf("simpleChoice", "True", "identifier", "TRUE");
    xml.leaf("simpleChoice", "False", "identifier", "FALSE");
    xml.end().end();
    matchCorrect(false);
    explanation(question);
    return null;
  }

  @Override
  public Void matching(Matching question) {
    List<Option> premises = question.premises();
    List<Option> choices = question.choices();
    List<String> pairs = new ArrayList<>();
    for (Map.Entry<String, String> pair : question.key().entrySet()) {
      pairs.add(
          "P"
              + (indexOf(premises, pair.getKey()) + 1)
              + " C"
              + (indexOf(choices, pair.getValue()) + 1));
    }
    header(question);
    xml.start(
        "responseDeclaration",
        "identifier",
        "RESPONSE",
        "cardinality",
        "multiple",
        "baseType",
        "directedPair");
    correct(pairs);
    xml.start(
        "mapping",
        "lowerBound",
        "0",
        "upperBound",
        String.valueOf(pairs.size()),
        "defaultValue",
        "0");
    for (String pair : pairs) {
      xml.empty("mapEntry", "mapKey", pair, "mappedValue", "1");
    }
    xml.end().end();
    outcomes(pairs.size());
    xml.start("itemBody");
    xml.start(
        "matchInteraction",
        "responseIdentifier",
        "RESPONSE",
        "shuffle",
        "true",
        "maxAssociations",
        String.valueOf(premises.size()));
    xml.leaf("prompt", question.stem());
    xml.start("simpleMatchSet");
    choices("simpleAssociableChoice", "P", premises, "matchMax", "1");
    xml.end();
    xml.start("simpleMatchSet");
    choices("simpleAssociableChoice", "C", choices, "matchMax", "1");
    xml.end();
    xml.end().end();
    xml.start("responseProcessing");
    scoreByMapping();
    feedbackRule(false);
    xml.end();
    explanation(question);
    return null;
  }

  @Override
  public Void ordering(Ordering question) {
    List<Option> items = question.items();
    List<String> order = new ArrayList<>();
    for (String id : question.order()) {
      order.add("I" + (indexOf(items, id) + 1));
    }
    header(question);
    xml.start(
        "responseDeclaration",
        "identifier",
        "RESPONSE",
        "cardinality",
        "ordered",
        "baseType",
        "identifier");
    correct(order);
    xml.end();
    outcomes(order.size());
    xml.start("itemBody");
    xml.start("orderInteraction", "responseIdentifier", "RESPONSE", "shuffle", "true");
    xml.leaf("prompt", question.stem());
    choices("simpleChoice", "I", items);
    xml.end().end();
    xml.start("responseProcessing");
    setScore("0");
    for (int position = 1; position <= order.size(); position++) {
      xml.start("responseCondition").start("responseIf");
      xml.start("match");
      xml.start("index", "n", String.valueOf(position));
      xml.empty("variable", "identifier", "RESPONSE");
      xml.end();
      xml.leaf("baseValue", order.get(position - 1), "baseType", "identifier");
      xml.end();
      xml.start("setOutcomeValue", "identifier", "SCORE").start("sum");
      xml.empty("variable", "identifier", "SCORE");
      xml.leaf("baseValue", "1", "baseType", "float");
      xml.end().end();
      xml.end().end();
    }
    feedbackRule(false);
    xml.end();
    explanation(question);
    return null;
  }

  @Override
  public Void shortAnswer(ShortAnswer question) {
    List<String> forms = typedForms(question);
    header(question);
    xml.start(
        "responseDeclaration",
        "identifier",
        "RESPONSE",
        "cardinality",
        "single",
        "baseType",
        "string");
    correct(List.of(forms.get(0)));
    xml.start("mapping", "lowerBound", "0", "upperBound", "1", "defaultValue", "0");
    for (String form : forms) {
      xml.empty("mapEntry", "mapKey", form, "mappedValue", "1", "caseSensitive", "false");
    }
    List<NoteForm> notes = noteForms(question);
    for (NoteForm note : notes) {
      xml.empty(
          "mapEntry",
          "mapKey",
          note.form(),
          "mappedValue",
          number(BigDecimal.valueOf(note.credit())),
          "caseSensitive",
          "false");
    }
    xml.end().end();
    outcomes(1);
    xml.start("itemBody");
    xml.leaf("p", question.stem());
    xml.start("p");
    int longest = forms.stream().mapToInt(String::length).max().orElse(10);
    xml.empty(
        "textEntryInteraction",
        "responseIdentifier",
        "RESPONSE",
        "expectedLength",
        String.valueOf(Math.max(longest, 10)));
    xml.end();
    xml.end();
    xml.start("responseProcessing");
    scoreByMapping();
    feedbackRule(false);
    noteFeedbackRules(question, notes);
    xml.end();
    for (int n = 0; n < question.notes().size(); n++) {
      String feedbackId = "NOTE" + (n + 1);
      if (!question.notes().get(n).feedback().isEmpty()
          && notes.stream().anyMatch(f -> f.feedbackId().equals(feedbackId))) {
        feedback(feedbackId, question.notes().get(n).feedback());
      }
    }
    explanation(question);
    return null;
  }

  /**
   * FEEDBACK of a multiple response: the explanation and each chosen option of {@code
   * withFeedback}, through one single outcome per option ({@code FEEDBACK_C<n>}: the option when
   * chosen, else the explanation), so that FEEDBACK is built of single values only.
   */
  private void chosenOptionsFeedbackRules(List<String> withFeedback) {
    for (String choice : withFeedback) {
      xml.start("responseCondition").start("responseIf");
      xml.start("member");
      xml.leaf("baseValue", choice, "baseType", "identifier");
      xml.empty("variable", "identifier", "RESPONSE");
      xml.end();
      setIdentifier("FEEDBACK_" + choice, choice);
      xml.end().start("responseElse");
      setIdentifier("FEEDBACK_" + choice, EXPLANATION);
      xml.end().end();
    }
    xml.start("setOutcomeValue", "identifier", "FEEDBACK").start("multiple");
    xml.leaf("baseValue", EXPLANATION, "baseType", "identifier");
    for (String choice : withFeedback) {
      xml.empty("variable", "identifier", "FEEDBACK_" + choice);
    }
    xml.end().end();
  }

  /**
   * After the feedback rule: FEEDBACK is the explanation and a note's identifier when the response
   * is one of its answers (ignoring case, as the mapping does), so that the note's modalFeedback
   * shows. A response is an answer of at most one note (the forms are distinct), so one condition
   * with a branch per note serves.
   */
  private void noteFeedbackRules(ShortAnswer question, List<NoteForm> forms) {
    boolean first = true;
    for (int n = 0; n < question.notes().size(); n++) {
      String feedbackId = "NOTE" + (n + 1);
      List<NoteForm> own = forms.stream().filter(f -> f.feedbackId().equals(feedbackId)).toList();
      if (question.notes().get(n).feedback().isEmpty() || own.isEmpty()) {
        continue;
      }
      if (first) {
        xml.start("responseCondition").start("responseIf");
        first = false;
      } else {
        xml.start("responseElseIf");
      }
      xml.start("or");
      for (NoteForm form : own) {
        xml.start("stringMatch", "caseSensitive", "false");
        xml.empty("variable", "identifier", "RESPONSE");
        xml.leaf("baseValue", form.form(), "baseType", "string");
        xml.end();
      }
      xml.end();
      xml.start("setOutcomeValue", "identifier", "FEEDBACK").start("multiple");
      xml.leaf("baseValue", EXPLANATION, "baseType", "identifier");
      xml.leaf("baseValue", feedbackId, "baseType", "identifier");
      xml.end().end();
      xml.end();
    }
    if (!first) {
      xml.end();
    }
  }

  // ------------------------------------------------------------------ parts

  private void header(Question question) {
    xml.root(
        "assessmentItem",
        dialect.itemNamespace(),
        dialect.itemSchemaLocation(),
        "identifier",
        identifier,
        "title",
        question.id(),
        "adaptive",
        "false",
        "timeDependent",
        "false");
  }

  private void correct(List<String> values) {
    xml.start("correctResponse");
    for (String value : values) {
      xml.leaf("value", value);
    }
    xml.end();
  }

  private void outcomes(int maxScore) {
    xml.start(
        "outcomeDeclaration", "identifier", "SCORE", "cardinality", "single", "baseType", "float");
    xml.start("defaultValue").leaf("value", "0").end();
    xml.end();
    xml.start(
        "outcomeDeclaration",
        "identifier",
        "MAXSCORE",
        "cardinality",
        "single",
        "baseType",
        "float");
    xml.start("defaultValue").leaf("value", String.valueOf(maxScore)).end();
    xml.end();
    xml.empty(
        "outcomeDeclaration",
        "identifier",
        "FEEDBACK",
        "cardinality",
        "multiple",
        "baseType",
        "identifier");
  }

  private void choices(String element, String prefix, List<Option> options, String... attributes) {
    for (int i = 0; i < options.size(); i++) {
      String[] all = new String[attributes.length + 2];
      all[0] = "identifier";
      all[1] = prefix + (i + 1);
      System.arraycopy(attributes, 0, all, 2, attributes.length);
      xml.leaf(element, options.get(i).text(), all);
    }
  }

  /** The rules of match_correct, then the feedback rule, as the whole response processing. */
  private void matchCorrect(boolean chosenFeedback) {
    xml.start("responseProcessing");
    xml.start("responseCondition");
    xml.start("responseIf");
    xml.start("match");
    xml.empty("variable", "identifier", "RESPONSE");
    xml.empty("correct", "identifier", "RESPONSE");
    xml.end();
    setScore("1");
    xml.end();
    xml.start("responseElse");
    setScore("0");
    xml.end();
    xml.end();
    feedbackRule(chosenFeedback);
    xml.end();
  }

  /** The rules of map_response: SCORE is the mapped response, 0 without a response. */
  private void scoreByMapping() {
    xml.start("responseCondition");
    xml.start("responseIf");
    xml.start("isNull").empty("variable", "identifier", "RESPONSE").end();
    setScore("0");
    xml.end();
    xml.start("responseElse");
    xml.start("setOutcomeValue", "identifier", "SCORE");
    xml.empty("mapResponse", "identifier", "RESPONSE");
    xml.end();
    xml.end();
    xml.end();
  }

  private void setScore(String value) {
    xml.start("setOutcomeValue", "identifier", "SCORE");
    xml.leaf("baseValue", value, "baseType", "float");
    xml.end();
  }

  private void setIdentifier(String outcome, String value) {
    xml.start("setOutcomeValue", "identifier", outcome);
    xml.leaf("baseValue", value, "baseType", "identifier");
    xml.end();
  }

  /**
   * FEEDBACK holds the explanation and, with {@code chosen} (single choice: a single response), the
   * chosen option.
   */
  private void feedbackRule(boolean chosen) {
    xml.start("setOutcomeValue", "identifier", "FEEDBACK").start("multiple");
    if (chosen) {
      xml.empty("variable", "identifier", "RESPONSE");
    }
    xml.leaf("baseValue", EXPLANATION, "baseType", "identifier");
    xml.end().end();
  }

  private void optionFeedback(String prefix, List<Option> options) {
    for (int i = 0; i < options.size(); i++) {
      if (!options.get(i).feedback().isEmpty()) {
        feedback(prefix + (i + 1), options.get(i).feedback());
      }
    }
  }

  private void explanation(Question question) {
    feedback(EXPLANATION, question.info().explanation());
  }

  private void feedback(String id, String text) {
    String[] attributes = {"outcomeIdentifier", "FEEDBACK", "showHide", "show", "identifier", id};
    if (dialect.qti3()) {
      // QTI 3 puts feedback content in a content body
      xml.start("modalFeedback", attributes).leaf("contentBody", text).end();
    } else {
      xml.leaf("modalFeedback", text, attributes);
    }
  }

  private static int indexOf(List<Option> options, String id) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalStateException("no option '" + id + "'");
  }

  private static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
