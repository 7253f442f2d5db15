package org.quizkit.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The full bank as versioned JSON ({@code quizkit-bank}), key and provenance included; {@link
 * JsonBankReader} reads it back into equal questions.
 */
final class JsonBankExporter implements Exporter {

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public ExportReport write(
      List<? extends Question> questions, ExportOptions options, OutputStream out)
      throws IOException {
    Bank.checkIds(questions);
    ReportBuilder report = new ReportBuilder(format());
    try (JsonGenerator json = JsonBank.writer().createGenerator(out)) {
      JsonBank.header(json, JsonBank.BANK_FORMAT);
      for (Question question : questions) {
        int lone = loneSurrogate(question);
        if (lone >= 0) {
          // UTF-8 has no bytes for it: the generator would write '?' and the bank would read back
          // another question. Left out with the reason, as GIFT and Aiken do.
          report.skipped(
              question.id(),
              String.format(
                  "a text holds a lone surrogate U+%04X, which UTF-8 cannot write", lone));
          continue;
        }
        writeQuestion(json, question);
        report.written();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    return report.build();
  }

  /** The first lone surrogate in any text of {@code question}, or -1 when there is none. */
  private static int loneSurrogate(Question question) {
    java.io.StringWriter text = new java.io.StringWriter();
    try (JsonGenerator json = JsonBank.writer().createGenerator(text)) {
      writeQuestion(json, question);
    }
    return GiftExporter.loneSurrogate(text.getBuffer());
  }

  private static void writeQuestion(JsonGenerator json, Question question) {
    QuestionInfo info = question.info();
    json.writeStartObject();
    json.writeStringProperty("id", question.id());
    json.writeStringProperty("kind", question.kind().id());
    json.writeStringProperty("template", info.template());
    json.writeStringProperty("subject", info.subject());
    json.writeStringProperty("stem", question.stem());
    question.accept(new Body(json));
    json.writeStringProperty("explanation", info.explanation());
    json.writeStringProperty("section", info.section());
    strings(json, "basis", info.basis());
    json.writeStringProperty("claim", info.claim());
    strings(json, "tags", info.tags());
    json.writeStringProperty("difficulty", info.difficulty().name().toLowerCase(Locale.ROOT));
    writeFacts(json, info);
    json.writeEndObject();
  }

  /** What the question tests and reveals (version 2), which assembly keeps apart on one quiz. */
  private static void writeFacts(JsonGenerator json, QuestionInfo info) {
    strings(json, "tests", info.tests());
    strings(json, "reveals", info.reveals());
  }

  static void strings(JsonGenerator json, String name, List<String> values) {
    json.writeName(name);
    json.writeStartArray();
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  static void options(JsonGenerator json, String name, List<Option> options, boolean withKey) {
    json.writeName(name);
    json.writeStartArray();
    for (Option option : options) {
      json.writeStartObject();
      json.writeStringProperty("id", option.id());
      json.writeStringProperty("text", option.text());
      if (withKey && !option.refers().isEmpty()) {
        json.writeStringProperty("refers", option.refers());
      }
      if (withKey && !option.feedback().isEmpty()) {
        json.writeStringProperty("feedback", option.feedback());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** The kind-specific fields: options and key. */
  private record Body(JsonGenerator json) implements Question.Cases<Void> {
    @Override
    public Void singleChoice(SingleChoice question) {
      options(json, "options", question.options(), true);
      strings(json, "correct", List.of(question.correct()));
      return null;
    }

    @Override
    public Void multipleResponse(MultipleResponse question) {
      options(json, "options", question.options(), true);
      strings(json, "correct", question.correct());
      return null;
    }

    @Override
    public Void trueFalse(TrueFalse question) {
      json.writeBooleanProperty("answer", question.answer());
      return null;
    }

    @Override
    public Void matching(Matching question) {
      options(json, "premises", question.premises(), true);
      options(json, "choices", question.choices(), true);
      json.writeName("pairs");
      json.writeStartArray();
      for (Map.Entry<String, String> pair : question.key().entrySet()) {
        json.writeStartObject();
        json.writeStringProperty("premise", pair.getKey());
        json.writeStringProperty("choice", pair.getValue());
        json.writeEndObject();
      }
      json.writeEndArray();
      return null;
    }

    @Override
    public Void ordering(Ordering question) {
      options(json, "items", question.items(), true);
      strings(json, "order", question.order());
      return null;
    }

    @Override
    public Void shortAnswer(ShortAnswer question) {
      strings(json, "accepted", question.accepted());
      if (!question.keyed().equals(List.of(question.answer()))) {
        strings(json, "keyed", question.keyed());
      }
      strings(json, "rivals", question.rivals());
      if (!question.notes().isEmpty()) {
        json.writeName("notes");
        json.writeStartArray();
        for (TypedAnswerNote note : question.notes()) {
          json.writeStartObject();
          strings(json, "answers", note.answers());
          json.writeNumberProperty("credit", note.credit());
          json.writeStringProperty("feedback", note.feedback());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      return null;
    }
  }
}
