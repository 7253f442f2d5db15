package org.quizkit.core.interact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;

/**
 * Questions as text for a terminal, and typed lines back as answers.
 *
 * <p>A question is shown numbered, with its options lettered a, b, c... in the order they are in
 * (shuffle the question first to vary it), matching premises numbered 1..n above lettered choices,
 * and a line saying what to type. The learner types letters ({@code b}; {@code a c}, {@code ac} or
 * {@code a,c}), pairs ({@code 1b 2a 3c}), an order ({@code c a b}), {@code t}/{@code f} (or
 * true/false, y/n), or free text; or a command: {@code ?} help, {@code s} skip, {@code q} quit
 * (also {@code help}, {@code skip}, {@code quit}), and for the answer before: {@code u} undo,
 * {@code r} (or {@code i was right}) count it as right. Case and extra spaces do not matter.
 * Commands are read before answers, so a short answer of just "s", "q", "u" or "r" cannot be given.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextPrompt {
  private static final String COMMANDS = "(? help, s skip, q quit)";

  private final Symbols symbols;

  private TextPrompt(Symbols symbols) {
    this.symbols = symbols;
  }

  /** A prompt using these symbols. */
  public static TextPrompt of(Symbols symbols) {
    return new TextPrompt(checkNotNull(symbols, "symbols"));
  }

  /** A prompt in plain ASCII. */
  public static TextPrompt ascii() {
    return new TextPrompt(Symbols.ASCII);
  }

  /**
   * The question as lines of text ending in a line break: the numbered stem, its options, and what
   * to type.
   *
   * @param number the question's position in the quiz, from 1
   * @throws IllegalArgumentException if the number is below 1 or the question has more options than
   *     there are letters
   */
  public String render(Question question, int number) {
    checkNotNull(question, "question");
    checkArgument(number >= 1, "question number %s is below 1", number);
    checkArgument(
        question.accept(new OptionCount()) <= OptionLetters.MAX,
        "question '%s' has more than %s options to letter",
        question.id(),
        OptionLetters.MAX);
    String prefix = number + ". ";
    String stem = question.stem().strip().replace("\n", "\n" + " ".repeat(prefix.length()));
    return prefix
        + stem
        + "\n"
        + question.accept(new Renderer(symbols))
        + Renderer.INDENT
        + instructions(question)
        + "  "
        + COMMANDS
        + "\n";
  }

  /** One sentence saying what to type for this question. */
  public String instructions(Question question) {
    return checkNotNull(question, "question").accept(new Instructions(symbols));
  }

  /** What {@code ?} shows: what to type, and the commands. */
  public String help(Question question) {
    return instructions(question)
        + "\n"
        + question.accept(new CreditRule())
        + "\nType ? for this help, s to skip the question, q to stop; u to take back your last"
        + " answer if it was not right, r if your typed answer was right after all."
        + " Capitals and extra spaces do not matter.\n";
  }

  /**
   * What a typed line means for this question. Never throws for any line, even null: mistakes come
   * back as {@link Reply.Invalid} with a hint.
   */
  public Reply parse(Question question, String line) {
    checkNotNull(question, "question");
    String typed = line == null ? "" : line.strip();
    String expected = instructions(question);
    if (typed.isEmpty()) {
      return new Reply.Invalid("Nothing was typed. " + expected);
    }
    switch (typed.toLowerCase(Locale.ROOT)) {
      case "?":
      case "help":
        return new Reply.Command(Reply.Action.HELP);
      case "s":
      case "skip":
        return new Reply.Command(Reply.Action.SKIP);
      case "q":
      case "quit":
        return new Reply.Command(Reply.Action.QUIT);
      case "u":
      case "undo":
        return new Reply.Command(Reply.Action.UNDO);
      case "r":
      case "i was right":
        return new Reply.Command(Reply.Action.RIGHT);
      default:
        return question.accept(new Parser(typed, expected, symbols));
    }
  }

  /**
   * What the learner would type to give {@code response}, such as {@code "a c"} or {@code "1b 2a"}:
   * for showing an answer back. {@link #parse} reads it back as the same response when the response
   * is complete (every premise matched, every item ordered).
   *
   * @throws IllegalArgumentException if the response does not fit the question's kind or options
   */
  public String answerText(Question question, Response response) {
    checkNotNull(question, "question");
    checkNotNull(response, "response");
    return question.accept(new TypedResponseWriter(response));
  }

  /** The longest list that needs letters. */
  private static final class OptionCount implements Question.Cases<Integer> {
    @Override
    public Integer singleChoice(SingleChoice q) {
      return q.options().size();
    }

    @Override
    public Integer multipleResponse(MultipleResponse q) {
      return q.options().size();
    }

    @Override
    public Integer trueFalse(TrueFalse q) {
      return 0;
    }

    @Override
    public Integer matching(Matching q) {
      return q.choices().size();
    }

    @Override
    public Integer ordering(Ordering q) {
      return q.items().size();
    }

    @Override
    public Integer shortAnswer(ShortAnswer q) {
      return 0;
    }
  }
}
