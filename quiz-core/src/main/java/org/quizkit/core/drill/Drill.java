package org.quizkit.core.drill;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.drill.DrillResult.Ending;
import org.quizkit.core.interact.Reply;
import org.quizkit.core.interact.Symbols;
import org.quizkit.core.interact.TextPrompt;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.response.Response;
import org.quizkit.core.scoring.Feedback;
import org.quizkit.core.session.Session;

/**
 * The self-test loop of a terminal, without the terminal: asks a quiz's questions one at a time
 * from a {@link LineSource}, gives feedback after each answer, and ends with a summary.
 *
 * <pre>{@code
 * DrillResult result =
 *     Drill.of(Style.PLAIN, clock)
 *         .recordingTo((question, response, feedback, at) -> store.record(...))
 *         .repeatCommand("quiz practice --count 5")
 *         .run(quiz, lines, out);
 * }</pre>
 *
 * <p>What the learner can type is what {@link TextPrompt} reads: an answer, {@code ?} for help,
 * {@code s} to skip, {@code q} to stop. A line that is not an answer gets a short hint and the same
 * question again. The end of input stops the drill as {@code q} does; either way the summary is
 * printed and every answer given has already gone to the {@link Recorder}.
 *
 * <p>Immutable and thread-safe; each {@link #run} keeps its own state.
 */
public final class Drill {
  private static final String PROMPT = "> ";

  /**
   * How the summary tells the learner to repeat: {@code command --seed S}, with the quiz's seed
   * when {@code seed} is null.
   */
  record Repeat(String command, Long seed) {}

  private final TextPrompt prompt;
  private final Style style;
  private final Clock clock;
  private final Recorder recorder;
  private final BooleanSupplier enough;
  private final Repeat repeatCommand;
  private final Function<String, String> sectionTitles;
  private final IntSupplier width;
  private final Supplier<String> status;

  private Drill(
      TextPrompt prompt,
      Style style,
      Clock clock,
      Recorder recorder,
      BooleanSupplier enough,
      Repeat repeatCommand,
      Function<String, String> sectionTitles,
      IntSupplier width,
      Supplier<String> status) {
    this.prompt = prompt;
    this.style = style;
    this.clock = clock;
    this.recorder = recorder;
    this.enough = enough;
    this.repeatCommand = repeatCommand;
    this.sectionTitles = sectionTitles;
    this.width = width;
    this.status = status;
  }

  /**
   * A drill in this style (the prompt in ASCII for {@link Style#PLAIN}, with Unicode symbols for
   * {@link Style#RICH}), timed by {@code clock}, keeping no answers and never stopping early.
   */
  public static Drill of(Style style, Clock clock) {
    checkNotNull(style, "style");
    TextPrompt prompt = style == Style.RICH ? TextPrompt.of(Symbols.UNICODE) : TextPrompt.ascii();
    return of(prompt, style, clock);
  }

  /** A drill showing questions with {@code prompt}, in this style, timed by {@code clock}. */
  public static Drill of(TextPrompt prompt, Style style, Clock clock) {
    return new Drill(
        checkNotNull(prompt, "prompt"),
        checkNotNull(style, "style"),
        checkNotNull(clock, "clock"),
        Recorder.NONE,
        () -> false,
        null,
        section -> section,
        () -> 0,
        () -> "");
  }

  /** A copy that hands each scored answer to {@code recorder} before going on. */
  public Drill recordingTo(Recorder recorder) {
    return new Drill(
        prompt,
        style,
        clock,
        checkNotNull(recorder, "recorder"),
        enough,
        repeatCommand,
        sectionTitles,
        width,
        status);
  }

  /**
   * A copy that stops, after an answer has been recorded, as soon as {@code enough} holds (such as
   * a module reaching its mastery threshold).
   */
  public Drill stoppingWhen(BooleanSupplier enough) {
    return new Drill(
        prompt,
        style,
        clock,
        recorder,
        checkNotNull(enough, "enough"),
        repeatCommand,
        sectionTitles,
        width,
        status);
  }

  /**
   * A copy whose summary tells how to take the same session again: {@code command} followed by
   * {@code --seed seed}, for a command whose seed is not the quiz's own (such as {@code quiz
   * learn}, whose later rounds draw seeds of their own from it).
   */
  public Drill repeatCommand(String command, long seed) {
    return withRepeat(new Repeat(checkNotNull(command, "command"), seed));
  }

  /**
   * A copy whose summary tells how to take the same quiz again: {@code command} followed by {@code
   * --seed N}, such as {@code quiz practice --count 5 --seed 3}.
   */
  public Drill repeatCommand(String command) {
    return withRepeat(new Repeat(checkNotNull(command, "command"), null));
  }

  private Drill withRepeat(Repeat repeat) {
    return new Drill(prompt, style, clock, recorder, enough, repeat, sectionTitles, width, status);
  }

  /**
   * A copy that names a question's source section by {@code titles} (from the section id) in
   * feedback; by default the id itself is shown.
   */
  public Drill sectionTitles(Function<String, String> titles) {
    return new Drill(
        prompt,
        style,
        clock,
        recorder,
        enough,
        repeatCommand,
        checkNotNull(titles, "titles"),
        width,
        status);
  }

  /**
   * A copy that breaks its feedback, hints and help between words to fit {@code columns} (for a
   * terminal of that width); 0, the default, leaves each line whole.
   *
   * @throws IllegalArgumentException if {@code columns} is negative
   */
  public Drill width(int columns) {
    com.google.common.base.Preconditions.checkArgument(
        columns >= 0, "width %s is negative", columns);
    return width(() -> columns);
  }

  /**
   * A copy that asks {@code columns} for the width before each block of text, so that it follows a
   * terminal being resized; a negative answer counts as 0.
   */
  public Drill width(IntSupplier columns) {
    checkNotNull(columns, "columns");
    IntSupplier atLeastZero = () -> Math.max(0, columns.getAsInt());
    return new Drill(
        prompt, style, clock, recorder, enough, repeatCommand, sectionTitles, atLeastZero, status);
  }

  /**
   * A copy that shows, after the feedback to each answer (once it is recorded), the line {@code
   * status} gives then, such as the mastery of a module; an empty line is not shown.
   */
  public Drill afterEachAnswer(Supplier<String> status) {
    return new Drill(
        prompt,
        style,
        clock,
        recorder,
        enough,
        repeatCommand,
        sectionTitles,
        width,
        checkNotNull(status, "status"));
  }

  /**
   * Takes {@code quiz} with the learner: questions from {@code in}, everything shown on {@code out}
   * (flushed before each read). Never throws for anything the learner types; exceptions from the
   * recorder or the streams pass through.
   */
  public DrillResult run(Quiz quiz, LineSource in, PrintWriter out) {
    checkNotNull(quiz, "quiz");
    checkNotNull(in, "in");
    checkNotNull(out, "out");
    Screen screen = new Screen(out, style, sectionTitles, width);
    Session session = Session.start(quiz, clock);
    Ending ending = ask(session, in, screen);
    DrillResult result = new DrillResult(session.summary(), ending);
    screen.summary(result, repeatCommand);
    out.flush();
    return result;
  }

  /**
   * An answer not fully right, shown but not yet kept: until the learner goes on, {@code u} takes
   * it back and {@code r} counts a typed one as right. Fully right answers are kept at once, so a
   * stopping condition such as mastery reached is checked on time; a miss can never meet it.
   */
  private record Held(Question question, Response response, Feedback feedback, Instant at) {}

  /** What one run remembers between questions. */
  private static final class Turn {
    Held held;
  }

  private Ending ask(Session session, LineSource in, Screen screen) {
    Turn turn = new Turn();
    while (!session.finished()) {
      Question question = session.current();
      int number = session.position() + 1;
      screen.question(number, session.total(), prompt.render(question, number));
      Optional<Ending> ending = answer(session, question, in, screen, turn);
      if (ending.isPresent()) {
        keep(turn);
        return ending.get();
      }
    }
    keep(turn);
    return Ending.FINISHED;
  }

  /** Keeps the held answer, if any: the learner has gone on. */
  private void keep(Turn turn) {
    if (turn.held != null) {
      Held held = turn.held;
      turn.held = null;
      recorder.record(held.question(), held.response(), held.feedback(), held.at());
    }
  }

  /** Reads lines until the current question is passed; an ending if the drill must stop. */
  private Optional<Ending> answer(
      Session session, Question question, LineSource in, Screen screen, Turn turn) {
    while (true) {
      screen.flush();
      Optional<String> line = in.readLine(PROMPT);
      if (line.isEmpty()) {
        session.quit();
        return Optional.of(Ending.END_OF_INPUT);
      }
      Reply reply = prompt.parse(question, line.get());
      if (reply instanceof Reply.Answer) {
        keep(turn);
        Response response = ((Reply.Answer) reply).response();
        Instant at = clock.instant();
        Feedback feedback = session.answer(response);
        screen.feedback(
            feedback, question.accept(new CreditText(response, feedback.score().value())));
        session.next();
        if (feedback.fullyRight() || session.finished()) {
          recorder.record(question, response, feedback, at);
          screen.status(status.get());
        } else {
          turn.held = new Held(question, response, feedback, at);
          screen.undoable(question.kind() == Kind.SHORT_ANSWER);
        }
        if (!session.finished() && enough.getAsBoolean()) {
          session.quit();
          return Optional.of(Ending.ENOUGH);
        }
        return Optional.empty();
      }
      if (reply instanceof Reply.Invalid) {
        screen.hint(((Reply.Invalid) reply).hint());
        continue;
      }
      switch (((Reply.Command) reply).action()) {
        case HELP:
          screen.help(prompt.help(question));
          break;
        case UNDO:
          if (turn.held == null) {
            screen.hint("There is no answer to take back: only a miss, before the next answer.");
            break;
          }
          turn.held = null;
          session.back();
          screen.undone();
          return Optional.empty();
        case RIGHT:
          if (turn.held == null || turn.held.question().kind() != Kind.SHORT_ANSWER) {
            screen.hint(
                "Only a typed answer that was not accepted can be counted as right, before the"
                    + " next answer.");
            break;
          }
          Held held = turn.held;
          turn.held = null;
          Feedback right = session.countPreviousAsRight();
          recorder.recordOverride(held.question(), held.response(), right, held.at());
          screen.countedAsRight();
          screen.status(status.get());
          break;
        case SKIP:
          keep(turn);
          session.skip();
          screen.skipped();
          return Optional.empty();
        case QUIT:
        default:
          session.quit();
          return Optional.of(Ending.QUIT);
      }
    }
  }
}
