package org.quizkit.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.seed.Seeds;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * What a browser may see ({@code quizkit-delivery}): stems and options, never the key, feedback,
 * explanation, claim, basis, section, tags or what options refer to.
 *
 * <p>Options, matching columns and items to order are shuffled with the export seed: a bank may
 * list ordering items in their right order or the right option first, and the order shown must not
 * give that away. Ids are kept so that answers can be scored on the server.
 */
final class JsonDeliveryExporter implements Exporter {

  @Override
  public String format() {
    return "json-delivery";
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
      JsonBank.header(json, JsonBank.DELIVERY_FORMAT);
      int index = 0;
      for (Question question : questions) {
        Question shown = question.shuffled(Seeds.random(Seeds.derive(options.seed(), index++)));
        json.writeStartObject();
        json.writeStringProperty("id", shown.id());
        json.writeStringProperty("kind", shown.kind().id());
        json.writeStringProperty("stem", shown.stem());
        shown.accept(new Body(json));
        // No section and no tags: both can name the answer (a reverse question's section is the
        // correct cancer's, its tags name the cancer and site the key is about).
        json.writeStringProperty(
            "difficulty", shown.info().difficulty().name().toLowerCase(Locale.ROOT));
        json.writeEndObject();
        report.written();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    return report.build();
  }

  /** What the learner chooses from; nothing of the key. */
  private record Body(JsonGenerator json) implements Question.Cases<Void> {
    @Override
    public Void singleChoice(SingleChoice question) {
      JsonBankExporter.options(json, "options", question.options(), false);
      return null;
    }

    @Override
    public Void multipleResponse(MultipleResponse question) {
      JsonBankExporter.options(json, "options", question.options(), false);
      return null;
    }

    @Override
    public Void trueFalse(TrueFalse question) {
      return null;
    }

    @Override
    public Void matching(Matching question) {
      JsonBankExporter.options(json, "premises", question.premises(), false);
      JsonBankExporter.options(json, "choices", question.choices(), false);
      return null;
    }

    @Override
    public Void ordering(Ordering question) {
      JsonBankExporter.options(json, "items", question.items(), false);
      return null;
    }

    @Override
    public Void shortAnswer(ShortAnswer question) {
      return null;
    }
  }
}
