package org.quizkit.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/**
 * Aiken, the one-line multiple-choice format Moodle imports. It holds single-choice questions only
 * and has no escapes and no feedback; see docs/formats.md.
 */
final class AikenExporter implements Exporter {
  /** Every character a reader may take as the end of a line. */
  private static final Pattern LINE_BREAKS =
      Pattern.compile("\\r\\n|[\\r\\n\\u000B\\u000C\\u0085\\u2028\\u2029]");

  /** A stem Moodle would read as an option or as the answer line. */
  private static final Pattern NOT_A_STEM = Pattern.compile("^(?:[A-Z][).]|ANSWER:)");

  private static final int LETTERS = 26;

  @Override
  public String format() {
    return "aiken";
  }

  @Override
  public String extension() {
    return "txt";
  }

  /** Single choice, and true/false written as a single choice. */
  @Override
  public Set<Kind> kinds() {
    return EnumSet.of(Kind.SINGLE_CHOICE, Kind.TRUE_FALSE);
  }

  @Override
  public ExportReport write(
      List<? extends Question> questions, ExportOptions options, OutputStream out)
      throws IOException {
    Bank.checkIds(questions);
    ReportBuilder report = new ReportBuilder(format());
    Writer aiken = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    boolean first = true;
    for (Question question : questions) {
      Choices choices = question.accept(new AsChoices());
      if (choices.skipReason() != null) {
        report.skipped(question.id(), choices.skipReason());
        continue;
      }
      String stem = flat(question.stem()).strip();
      if (stem.length() < 2) {
        report.skipped(
            question.id(),
            "stem '" + stem + "' is shorter than the 2 characters Moodle reads as a line");
        continue;
      }
      if (NOT_A_STEM.matcher(stem).find()) {
        report.skipped(
            question.id(), "stem '" + stem + "' starts like an Aiken option or answer line");
        continue;
      }
      if (choices.options().size() > LETTERS) {
        report.skipped(
            question.id(), "has " + choices.options().size() + " options; Aiken letters stop at Z");
        continue;
      }
      StringBuilder block = new StringBuilder(stem).append('\n');
      boolean flattened = !stem.equals(question.stem().strip());
      for (int i = 0; i < choices.options().size(); i++) {
        String text = choices.options().get(i).text();
        flattened |= !flat(text).strip().equals(text.strip());
        block.append((char) ('A' + i)).append(". ").append(flat(text).strip()).append('\n');
      }
      block.append("ANSWER: ").append((char) ('A' + choices.answer())).append('\n');
      int lone = GiftExporter.loneSurrogate(block);
      if (lone >= 0) {
        report.skipped(
            question.id(),
            String.format("a text holds a lone surrogate U+%04X, which UTF-8 cannot write", lone));
        continue;
      }
      aiken.write(first ? "" : "\n");
      first = false;
      aiken.write(block.toString());
      if (choices.note() != null) {
        report.converted(question.id(), choices.note());
      }
      if (flattened) {
        report.converted(
            question.id(),
            "line breaks turned into spaces: an Aiken question and each option is one line");
      }
      report.written();
    }
    aiken.flush();
    return report.build();
  }

  private static String flat(String text) {
    return LINE_BREAKS.matcher(text).replaceAll(" ");
  }

  /** Options, the index of the right one, or why the question cannot be written. */
  private record Choices(List<Option> options, int answer, String note, String skipReason) {
    static Choices skip(String reason) {
      return new Choices(List.of(), -1, null, reason);
    }
  }

  private static final class AsChoices implements Question.Cases<Choices> {
    @Override
    public Choices singleChoice(SingleChoice question) {
      List<Option> options = question.options();
      int answer = 0;
      while (!options.get(answer).id().equals(question.correct())) {
        answer++;
      }
      return new Choices(options, answer, null, null);
    }

    @Override
    public Choices trueFalse(TrueFalse question) {
      List<Option> options = new ArrayList<>();
      options.add(Option.of("true", "True"));
      options.add(Option.of("false", "False"));
      return new Choices(
          options,
          question.answer() ? 0 : 1,
          "true/false written as single choice True / False",
          null);
    }

    @Override
    public Choices multipleResponse(MultipleResponse question) {
      return Choices.skip("multiple response: Aiken holds single-choice questions only");
    }

    @Override
    public Choices matching(Matching question) {
      return Choices.skip("matching: Aiken holds single-choice questions only");
    }

    @Override
    public Choices ordering(Ordering question) {
      return Choices.skip("ordering: Aiken holds single-choice questions only");
    }

    @Override
    public Choices shortAnswer(ShortAnswer question) {
      return Choices.skip("short answer: Aiken holds single-choice questions only");
    }
  }
}
