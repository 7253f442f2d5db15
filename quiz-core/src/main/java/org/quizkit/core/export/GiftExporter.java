package org.quizkit.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * Moodle GIFT. Every text is written in {@code [plain]} format with {@code ~ = # { } :} and the
 * backslash escaped and line breaks written as {@code \n}; see docs/formats.md for how each kind is
 * written and what cannot be.
 */
final class GiftExporter implements Exporter {
  /**
   * An answer that starts with {@code %} (after the spaces an importer trims) is read as a weight
   * ({@code %50%}) by Moodle and gift-pegjs, and GIFT has no escape for it.
   */
  private static final Pattern LOOKS_LIKE_WEIGHT = Pattern.compile("^[\\s\\p{Z}\\x00\\uFEFF]*%");

  private static final String ARROW = "->";

  /** What a tag must not hold for Moodle's GIFT reader to keep it as it is. */
  private static final Pattern TAG_MOODLE_DROPS = Pattern.compile("[<>`]|\\[(?:id|tag):");

  @Override
  public String format() {
    return "gift";
  }

  @Override
  public String extension() {
    return "gift";
  }

  @Override
  public ExportReport write(
      List<? extends Question> questions, ExportOptions options, OutputStream out)
      throws IOException {
    Bank.checkIds(questions);
    ReportBuilder report = new ReportBuilder(format());
    Writer gift = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    gift.write("// " + Moodle.oneLine(options.title()) + ": exported by quizkit\n");
    String category = null;
    for (Question question : questions) {
      Answers answers;
      try {
        answers = question.accept(new Body());
      } catch (Unwritable e) {
        report.skipped(question.id(), e.getMessage());
        continue;
      }
      StringBuilder block = new StringBuilder();
      comment(question, options).ifPresent(line -> block.append(line).append('\n'));
      block.append("::").append(escape(question.id())).append("::[plain]");
      block.append(escape(question.stem())).append("{\n");
      for (String line : answers.lines()) {
        block.append(line).append('\n');
      }
      block.append("####").append(escape(question.info().explanation())).append("\n}\n");
      int lone = loneSurrogate(block);
      if (lone >= 0) {
        report.skipped(
            question.id(),
            String.format("a text holds a lone surrogate U+%04X, which UTF-8 cannot write", lone));
        continue;
      }
      String wanted = Moodle.category(options.title(), Bank.module(question));
      if (!wanted.equals(category)) {
        gift.write("\n$CATEGORY: " + wanted + "\n");
        category = wanted;
      }
      gift.write("\n");
      gift.write(block.toString());
      answers.note().ifPresent(note -> report.converted(question.id(), note));
      report.written();
    }
    gift.flush();
    return report.build();
  }

  /**
   * The comment line Moodle (4.5) reads a question's id number and tags from, such as {@code //
   * [id:sc-bone] [tag:module:breast] [tag:sample]}, or empty. A {@code ]} is written {@code \]}. An
   * id number Moodle would not keep as it is ({@link Moodle#idNumber}) is left out, and so is a tag
   * Moodle's reader cannot hold as it is (with {@code < > `}, a control character, spaces at either
   * end, a trailing backslash, or text that reads as an id token).
   */
  static Optional<String> comment(Question question, ExportOptions options) {
    List<String> tokens = new ArrayList<>();
    Optional<String> idNumber = Moodle.idNumber(question, options);
    idNumber.ifPresent(number -> tokens.add("[id:" + number.replace("]", "\\]") + "]"));
    for (String tag : question.info().tags()) {
      if (Moodle.keptAsItIs(tag) && !TAG_MOODLE_DROPS.matcher(tag).find()) {
        tokens.add("[tag:" + tag.replace("]", "\\]") + "]");
      }
    }
    return tokens.isEmpty() ? Optional.empty() : Optional.of("// " + String.join(" ", tokens));
  }

  /** The first lone surrogate in {@code text}, or -1 when there is none. */
  static int loneSurrogate(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return c;
      }
    }
    return -1;
  }

  /** Escapes GIFT's special characters; every line break (CR, LF or CRLF) becomes {@code \n}. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '~', '=', '#', '{', '}', ':' -> escaped.append('\\').append(c);
        case '\r' -> {
          escaped.append("\\n");
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n' -> escaped.append("\\n");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** The lines between the braces, without the general feedback, and what was changed. */
  record Answers(List<String> lines, Optional<String> note) {}

  /** A question this format cannot hold; the message is the reason. */
  private static final class Unwritable extends RuntimeException {
    Unwritable(String reason) {
      super(reason, null, false, false);
    }
  }

  private static String answer(String text) {
    if (LOOKS_LIKE_WEIGHT.matcher(text).find()) {
      throw new Unwritable(
          "answer '" + text + "' starts with %, which GIFT reads as a weight and cannot escape");
    }
    return escape(text);
  }

  private static String feedback(Option option) {
    return option.feedback().isEmpty() ? "" : "#" + escape(option.feedback());
  }

  private static final class Body implements Question.Cases<Answers> {
    @Override
    public Answers singleChoice(SingleChoice question) {
      List<String> lines = new ArrayList<>();
      for (Option option : question.options()) {
        String mark = option.id().equals(question.correct()) ? "=" : "~";
        lines.add(mark + answer(option.text()) + feedback(option));
      }
      return new Answers(lines, Optional.empty());
    }

    /**
     * Each right option earns 100/k %, each wrong one loses 100/w % (w capped at 10, the smallest
     * share Moodle offers), so choosing every option scores 0 and guessing is not rewarded.
     */
    @Override
    public Answers multipleResponse(MultipleResponse question) {
      int right = question.correct().size();
      int wrong = question.options().size() - right;
      if (right > Moodle.maxRight()) {
        throw new Unwritable(
            "has " + right + " right options; Moodle has no grade that is 100% / " + right);
      }
      String gain = Moodle.gain(right);
      String loss = Moodle.loss(wrong);
      List<String> lines = new ArrayList<>();
      for (Option option : question.options()) {
        String weight = question.correct().contains(option.id()) ? gain : loss;
        lines.add("~%" + weight + "%" + answer(option.text()) + feedback(option));
      }
      return new Answers(lines, Optional.empty());
    }

    @Override
    public Answers trueFalse(TrueFalse question) {
      return new Answers(List.of(question.answer() ? "T" : "F"), Optional.empty());
    }

    @Override
    public Answers matching(Matching question) {
      List<String> lines = new ArrayList<>();
      for (Option premise : question.premises()) {
        if (premise.text().contains(ARROW)) {
          throw new Unwritable(
              "premise '" + premise.text() + "' contains '->', which GIFT cannot escape");
        }
        Option choice = find(question.choices(), question.key().get(premise.id()));
        lines.add("=" + answer(premise.text()) + " -> " + escape(Moodle.choice(choice.text())));
      }
      for (Option choice : question.choices()) {
        if (!question.key().containsValue(choice.id())) {
          lines.add("= -> " + escape(Moodle.choice(choice.text())));
        }
      }
      boolean feedback =
          question.premises().stream().anyMatch(o -> !o.feedback().isEmpty())
              || question.choices().stream().anyMatch(o -> !o.feedback().isEmpty());
      return new Answers(
          lines,
          feedback
              ? Optional.of("per-pair feedback dropped: GIFT matching has only general feedback")
              : Optional.empty());
    }

    @Override
    public Answers ordering(Ordering question) {
      List<String> lines = new ArrayList<>();
      int position = 1;
      for (String itemId : question.order()) {
        lines.add(
            "="
                + position++
                + " -> "
                + escape(Moodle.choice(find(question.items(), itemId).text())));
      }
      return new Answers(
          lines,
          Optional.of(
              "ordering written as matching: positions 1.."
                  + question.items().size()
                  + " are each matched to their item"));
    }

    /**
     * Answers as Moodle stores them ({@link Moodle#shortAnswer}). An arrow in any answer or note
     * feedback would make Moodle read the question as matching, and GIFT cannot escape it.
     */
    @Override
    public Answers shortAnswer(ShortAnswer question) {
      Stream.concat(
              Moodle.answers(question), question.notes().stream().map(TypedAnswerNote::feedback))
          .filter(text -> text.contains(ARROW))
          .findFirst()
          .ifPresent(
              text -> {
                throw new Unwritable(
                    "short answer text '"
                        + text
                        + "' contains '->', which GIFT reads as matching and cannot escape");
              });
      List<String> lines = new ArrayList<>();
      for (String accepted : question.accepted()) {
        lines.add("=" + answer(Moodle.shortAnswer(accepted)));
      }
      for (TypedAnswerNote note : question.notes()) {
        String weight = note.credit() == 1.0 ? "" : "%" + Moodle.grade(note.credit()) + "%";
        String feedback = note.feedback().isEmpty() ? "" : "#" + escape(note.feedback());
        for (String answer : note.answers()) {
          lines.add("=" + weight + answer(Moodle.shortAnswer(answer)) + feedback);
        }
      }
      return new Answers(lines, Moodle.shortAnswerNotes(question));
    }

    private static Option find(List<Option> options, String id) {
      return options.stream()
          .filter(o -> Objects.equals(o.id(), id))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no option '" + id + "'"));
    }
  }
}
