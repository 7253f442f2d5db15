package org.quizkit.core.export;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.question.Difficulty;
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
import org.quizkit.core.question.TypedAnswerNote;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code quizkit-bank} JSON back into questions. Questions are read one at a time from the
 * stream; every problem in the file is collected before one {@link BankReadException} is thrown.
 */
final class JsonBankReader {
  private static final Set<String> COMMON =
      Set.of(
          "id",
          "kind",
          "template",
          "subject",
          "stem",
          "explanation",
          "section",
          "basis",
          "claim",
          "tags",
          "difficulty");
  private static final Map<Kind, Set<String>> BODY =
      Map.of(
          Kind.SINGLE_CHOICE, Set.of("options", "correct"),
          Kind.MULTIPLE_RESPONSE, Set.of("options", "correct"),
          Kind.TRUE_FALSE, Set.of("answer"),
          Kind.MATCHING, Set.of("premises", "choices", "pairs"),
          Kind.ORDERING, Set.of("items", "order"),
          Kind.SHORT_ANSWER, Set.of("accepted", "keyed", "rivals", "notes"));
  private static final Set<String> NOTE = Set.of("answers", "credit", "feedback");
  private static final Set<String> OPTION = Set.of("id", "text", "refers", "feedback");

  /** The fields version 2 added to every question: see {@link #facts}. */
  private static final Set<String> FACTS = Set.of("tests", "reveals");

  private final String source;
  private final List<Diagnostic> problems = new ArrayList<>();

  /** The file's version, once read; questions before it are read as the current version. */
  private int version = JsonBank.VERSION;

  private JsonBankReader(String source) {
    this.source = source;
  }

  /** Reads a whole bank; {@code source} names the stream in diagnostics. */
  static List<Question> read(InputStream in, String source) {
    return new JsonBankReader(source).readAll(in);
  }

  private List<Question> readAll(InputStream in) {
    List<Question> questions = new ArrayList<>();
    boolean sawFormat = false;
    boolean sawVersion = false;
    boolean sawQuestions = false;
    try (JsonParser json = JsonBank.reader().createParser(in)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        problem(
            json.currentTokenLocation(),
            "expected a JSON object with format, version and questions");
        throw new BankReadException(problems);
      }
      while (json.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = json.currentName();
        JsonToken value = json.nextToken();
        TokenStreamLocation at = json.currentTokenLocation();
        switch (name) {
          case "format" -> {
            sawFormat = true;
            if (value != JsonToken.VALUE_STRING || !json.getString().equals(JsonBank.BANK_FORMAT)) {
              problem(
                  at,
                  "format is " + json.getString() + ", expected '" + JsonBank.BANK_FORMAT + "'");
            }
          }
          case "version" -> {
            sawVersion = true;
            if (value != JsonToken.VALUE_NUMBER_INT
                || json.getIntValue() < JsonBank.OLDEST_VERSION
                || json.getIntValue() > JsonBank.VERSION) {
              problem(
                  at,
                  "version is "
                      + json.getString()
                      + ", this reader knows versions "
                      + JsonBank.OLDEST_VERSION
                      + " to "
                      + JsonBank.VERSION);
            } else {
              version = json.getIntValue();
            }
          }
          case "questions" -> {
            sawQuestions = true;
            if (value != JsonToken.START_ARRAY) {
              problem(at, "questions must be an array");
              json.skipChildren();
              break;
            }
            while (json.nextToken() == JsonToken.START_OBJECT) {
              TokenStreamLocation start = json.currentTokenLocation();
              JsonNode node = json.readValueAsTree();
              Question question = new QuestionReader(start, node).question();
              if (question != null) {
                questions.add(question);
              }
            }
            if (json.currentToken() != JsonToken.END_ARRAY) {
              problem(json.currentTokenLocation(), "each question must be a JSON object");
              throw new BankReadException(problems);
            }
          }
          default -> {
            problem(at, "unknown field '" + name + "' (known: format, version, questions)");
            json.skipChildren();
          }
        }
      }
    } catch (JacksonException e) {
      problem(e.getLocation(), "not valid JSON: " + e.getOriginalMessage());
    }
    if (!sawFormat || !sawVersion || !sawQuestions) {
      problems.add(
          new Diagnostic(source, 1, 1, "a bank needs the fields format, version and questions"));
    }
    if (!problems.isEmpty()) {
      throw new BankReadException(problems);
    }
    return questions;
  }

  private void problem(TokenStreamLocation at, String message) {
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    problems.add(new Diagnostic(source, line, column, message));
  }

  /** Turns one question object into a record, noting every problem at the question's position. */
  private final class QuestionReader {
    private final TokenStreamLocation at;
    private final JsonNode node;
    private final String label;
    private boolean failed;

    QuestionReader(TokenStreamLocation at, JsonNode node) {
      this.at = at;
      this.node = node;
      JsonNode id = node.get("id");
      this.label = id != null && id.isString() ? "question '" + id.stringValue() + "'" : "question";
    }

    Question question() {
      String kindId = string(node, "kind");
      if (failed) {
        return null;
      }
      Kind kind;
      try {
        kind = Kind.fromId(kindId);
      } catch (IllegalArgumentException e) {
        fail(e.getMessage());
        return null;
      }
      for (String name : node.propertyNames()) {
        if (!COMMON.contains(name) && !BODY.get(kind).contains(name) && !isFactsField(name)) {
          fail("unknown field '" + name + "' for kind " + kind.id());
        }
      }
      String id = string(node, "id");
      String stem = string(node, "stem");
      QuestionInfo info = info();
      Question question = null;
      try {
        question = body(kind, id, stem, info);
      } catch (IllegalArgumentException | NullPointerException e) {
        fail(e.getMessage());
      }
      return failed ? null : question;
    }

    private Question body(Kind kind, String id, String stem, QuestionInfo info) {
      // A switch expression over the enum: a new kind without a case here does not compile.
      return switch (kind) {
        case SINGLE_CHOICE -> {
          List<Option> options = options("options");
          List<String> correct = strings(node, "correct");
          if (correct.size() != 1) {
            fail("a single-choice question needs exactly one correct option id, has " + correct);
          }
          yield failed ? null : new SingleChoice(id, stem, options, correct.get(0), info);
        }
        case MULTIPLE_RESPONSE -> {
          List<Option> options = options("options");
          List<String> correct = strings(node, "correct");
          yield failed ? null : new MultipleResponse(id, stem, options, correct, info);
        }
        case TRUE_FALSE -> {
          JsonNode answer = node.get("answer");
          if (answer == null || !answer.isBoolean()) {
            fail("field 'answer' must be true or false");
            yield null;
          }
          yield failed ? null : new TrueFalse(id, stem, answer.booleanValue(), info);
        }
        case MATCHING -> {
          List<Option> premises = options("premises");
          List<Option> choices = options("choices");
          Map<String, String> key = new LinkedHashMap<>();
          for (JsonNode pair : array(node, "pairs")) {
            String premise = string(pair, "premise");
            String choice = string(pair, "choice");
            if (key.put(premise, choice) != null) {
              fail("pairs name premise '" + premise + "' twice");
            }
          }
          yield failed ? null : new Matching(id, stem, premises, choices, key, info);
        }
        case ORDERING -> {
          List<Option> items = options("items");
          List<String> order = strings(node, "order");
          yield failed ? null : new Ordering(id, stem, items, order, info);
        }
        case SHORT_ANSWER -> {
          List<String> accepted = strings(node, "accepted");
          List<String> keyed =
              node.has("keyed")
                  ? strings(node, "keyed")
                  : accepted.isEmpty() ? List.of() : List.of(accepted.get(0));
          List<String> rivals = strings(node, "rivals");
          List<TypedAnswerNote> notes = node.has("notes") ? notes() : List.of();
          yield failed ? null : new ShortAnswer(id, stem, accepted, keyed, rivals, notes, info);
        }
      };
    }

    private QuestionInfo info() {
      String explanation = string(node, "explanation");
      String section = string(node, "section");
      List<String> basis = strings(node, "basis");
      String template = string(node, "template");
      String subject = string(node, "subject");
      String claim = string(node, "claim");
      List<String> tags = strings(node, "tags");
      String level = string(node, "difficulty");
      if (failed) {
        return null;
      }
      Difficulty difficulty;
      try {
        difficulty = Difficulty.valueOf(level.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        fail("unknown difficulty '" + level + "' (known: easy, medium, hard)");
        return null;
      }
      try {
        return facts(
            new QuestionInfo(
                explanation, section, basis, template, subject, claim, tags, difficulty));
      } catch (IllegalArgumentException e) {
        fail(e.getMessage());
        return null;
      }
    }

    private List<TypedAnswerNote> notes() {
      List<TypedAnswerNote> notes = new ArrayList<>();
      for (JsonNode note : array(node, "notes")) {
        for (String field : note.propertyNames()) {
          if (!NOTE.contains(field)) {
            fail("unknown field '" + field + "' in notes (known: answers, credit, feedback)");
          }
        }
        List<String> answers = strings(note, "answers");
        JsonNode credit = note.get("credit");
        if (credit == null || !credit.isNumber()) {
          fail(
              "field 'credit' of a note must be a number"
                  + (credit == null ? ", is missing" : ", is " + credit));
        }
        String feedback = string(note, "feedback");
        if (!failed) {
          try {
            notes.add(new TypedAnswerNote(answers, credit.doubleValue(), feedback));
          } catch (IllegalArgumentException e) {
            fail(e.getMessage());
          }
        }
      }
      return notes;
    }

    /** Whether a field is one of version 2's facts, and the file is of that version or later. */
    private boolean isFactsField(String name) {
      return FACTS.contains(name) && version >= JsonBank.FACTS_SINCE;
    }

    /** The info with the tests and reveals a version 2 file gives; none in version 1. */
    private QuestionInfo facts(QuestionInfo info) {
      if (version < JsonBank.FACTS_SINCE) {
        return info;
      }
      List<String> tests = strings(node, "tests");
      List<String> reveals = strings(node, "reveals");
      return failed ? null : info.withFacts(tests, reveals);
    }

    private List<Option> options(String name) {
      List<Option> options = new ArrayList<>();
      for (JsonNode option : array(node, name)) {
        for (String field : option.propertyNames()) {
          if (!OPTION.contains(field)) {
            fail(
                "unknown field '"
                    + field
                    + "' in "
                    + name
                    + " (known: id, text, refers, feedback)");
          }
        }
        String id = string(option, "id");
        String text = string(option, "text");
        String refers = optionalString(option, "refers");
        String feedback = optionalString(option, "feedback");
        if (!failed) {
          try {
            options.add(new Option(id, text, refers, feedback));
          } catch (IllegalArgumentException e) {
            fail(e.getMessage());
          }
        }
      }
      return options;
    }

    private List<JsonNode> array(JsonNode parent, String name) {
      JsonNode value = parent.get(name);
      if (value == null || !value.isArray()) {
        fail("field '" + name + "' must be an array");
        return List.of();
      }
      return new ArrayList<>(value.values());
    }

    private List<String> strings(JsonNode parent, String name) {
      List<String> values = new ArrayList<>();
      for (JsonNode element : array(parent, name)) {
        if (element.isString()) {
          values.add(element.stringValue());
        } else {
          fail("field '" + name + "' must hold strings, has " + element);
        }
      }
      return values;
    }

    private String string(JsonNode parent, String name) {
      JsonNode value = parent.get(name);
      if (value == null || !value.isString()) {
        fail(
            "field '"
                + name
                + "' must be a string"
                + (value == null ? ", is missing" : ", is " + value));
        return "";
      }
      return value.stringValue();
    }

    private String optionalString(JsonNode parent, String name) {
      JsonNode value = parent.get(name);
      if (value == null) {
        return "";
      }
      return string(parent, name);
    }

    private void fail(String message) {
      failed = true;
      problem(at, label + ": " + message);
    }
  }
}
