package org.quizkit.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;

/**
 * Marks a response to a question with a score in [0, 1]; full marks exactly when the response is
 * the key. Callers outside the engine use {@code QuizEngine.score}.
 *
 * <p>The rules, one per kind:
 *
 * <ul>
 *   <li><b>single choice</b> ({@link Response.Choice}): 1 when exactly the keyed option is
 *       selected, else 0 (nothing selected, two selected, or the wrong one);
 *   <li><b>multiple response</b> ({@link Response.Choice}): (right - wrong) / keyed, floored at 0,
 *       where right counts keyed options selected and wrong counts every other id selected (unkeyed
 *       options and unknown ids alike), so selecting every option earns (keyed - unkeyed) / keyed,
 *       nothing once half the options are unkeyed;
 *   <li><b>true/false</b> ({@link Response.Judgement}): 1 or 0;
 *   <li><b>matching</b> ({@link Response.Pairs}): keyed pairs given / number of premises. A pair
 *       whose choice is wrong or unknown earns nothing; a pair whose premise is not one of the
 *       question's premises earns nothing and also adds one to the denominator, so a response
 *       padded with extra pairs never reaches full marks;
 *   <li><b>ordering</b> ({@link Response.Sequence}): items in their keyed position / number of
 *       items. The sequence may be partial (missing positions are wrong) or name unknown ids (wrong
 *       where they stand); positions beyond the last item are wrong and add to the denominator, so
 *       only the exact key earns full marks;
 *   <li><b>short answer</b> ({@link Response.Text}): 1 for an accepted answer, a note's credit for
 *       one of a note's answers ({@link org.quizkit.core.question.TypedAnswerNote}), else 0, as
 *       decided by {@link ShortAnswerMatcher} (normalised comparison with tolerance for one typo in
 *       a long word, never towards a rival answer). A list of answers ("lungs and bones") earns the
 *       credit of its weakest part, so it is right when every part is ({@link TypedVerdict}).
 * </ul>
 *
 * <p>Stateless, so thread-safe.
 */
public final class Scorer {
  private Scorer() {}

  /** The response that is the key of {@code question}; it always scores full marks. */
  public static Response keyResponse(Question question) {
    return question.accept(KeyResponse.INSTANCE);
  }

  /**
   * The score of {@code response} for {@code question}.
   *
   * @throws IllegalArgumentException when the response is not the kind the question takes (a
   *     programming error); the message names the question id, its kind and the response type
   */
  public static Score score(Question question, Response response) {
    checkNotNull(question, "question");
    checkNotNull(response, "response to question '%s'", question.id());
    return question.accept(new Marking(response));
  }

  /**
   * The score of {@code response} for {@code question} together with what to tell the learner: the
   * key as text, the explanation, the section and the feedback of the options chosen.
   *
   * @throws IllegalArgumentException when the response is not the kind the question takes
   */
  public static Feedback feedback(Question question, Response response) {
    Score score = score(question, response);
    return new Feedback(
        question.id(),
        score,
        score.fullMarks(),
        KeyText.lines(question),
        question.info().explanation(),
        question.info().section(),
        question.accept(new Chosen(response)),
        question.accept(new Remarks(response)));
  }

  /** The response as the type the question takes, or an exception naming both. */
  static <T extends Response> T expect(Question question, Response response, Class<T> type) {
    checkArgument(
        type.isInstance(response),
        "question '%s' is %s and takes a %s response, not %s",
        question.id(),
        question.kind().id(),
        type.getSimpleName(),
        response.getClass().getSimpleName());
    return type.cast(response);
  }

  /**
   * Options the response chose that carry feedback, in the order shown. The casts are safe because
   * {@link #score} has checked the response type first.
   */
  private static final class Chosen implements Question.Cases<List<Option>> {
    private final Response response;

    Chosen(Response response) {
      this.response = response;
    }

    private static List<Option> withFeedback(List<Option> options, Collection<String> chosen) {
      return options.stream()
          .filter(o -> !o.feedback().isEmpty() && chosen.contains(o.id()))
          .toList();
    }

    @Override
    public List<Option> singleChoice(SingleChoice question) {
      return withFeedback(question.options(), ((Response.Choice) response).selected());
    }

    @Override
    public List<Option> multipleResponse(MultipleResponse question) {
      return withFeedback(question.options(), ((Response.Choice) response).selected());
    }

    @Override
    public List<Option> trueFalse(TrueFalse question) {
      return List.of();
    }

    @Override
    public List<Option> matching(Matching question) {
      return withFeedback(question.choices(), ((Response.Pairs) response).pairs().values());
    }

    @Override
    public List<Option> ordering(Ordering question) {
      return List.of();
    }

    @Override
    public List<Option> shortAnswer(ShortAnswer question) {
      return List.of();
    }
  }

  /**
   * What to say about a typed answer: the note of each part that matched one, and for accepted
   * parts that they count (naming the learner's own wording, so a learner who typed one of several
   * right answers sees it is on the key). The casts are safe because {@link #score} has checked the
   * response type first.
   */
  private static final class Remarks implements Question.Cases<List<String>> {
    private final Response response;

    Remarks(Response response) {
      this.response = response;
    }

    @Override
    public List<String> singleChoice(SingleChoice question) {
      return List.of();
    }

    @Override
    public List<String> multipleResponse(MultipleResponse question) {
      return List.of();
    }

    @Override
    public List<String> trueFalse(TrueFalse question) {
      return List.of();
    }

    @Override
    public List<String> matching(Matching question) {
      return List.of();
    }

    @Override
    public List<String> ordering(Ordering question) {
      return List.of();
    }

    @Override
    public List<String> shortAnswer(ShortAnswer question) {
      String typed = ((Response.Text) response).text();
      TypedVerdict verdict = TypedVerdict.of(question, typed);
      List<String> remarks = new ArrayList<>(TypedHints.of(question, verdict, typed));
      remarks.addAll(verdictRemarks(question, verdict));
      return remarks;
    }

    private static List<String> verdictRemarks(ShortAnswer question, TypedVerdict verdict) {
      List<TypedVerdict.Part> parts = verdict.parts();
      List<String> remarks = new ArrayList<>();
      List<String> acceptedParts = new ArrayList<>();
      for (TypedVerdict.Part part : parts) {
        if (part.match().note() == null) {
          acceptedParts.add(quote(part.typed()));
        }
      }
      if (parts.size() > 1 && acceptedParts.size() == parts.size()) {
        remarks.add(
            (parts.size() == 2 ? "Both count: " : "All count: ")
                + joined(acceptedParts)
                + " are accepted answers.");
        return remarks;
      }
      for (TypedVerdict.Part part : parts) {
        TypedMatch match = part.match();
        if (match.note() == null) {
          // A forgiven slip is told by TypedHints, with the answer it was taken as.
          boolean slip =
              !TypedAnswerNormaliser.normalise(part.typed())
                  .equals(TypedAnswerNormaliser.normalise(match.answer()));
          if (!slip
              && (parts.size() > 1
                  || question.keyed().size() > 1
                  || !match.answer().equals(question.keyed().get(0)))) {
            remarks.add("Your answer " + quote(part.typed()) + " is one of the accepted answers.");
          }
        } else if (!match.note().feedback().isBlank()) {
          remarks.add(
              (parts.size() > 1 ? quote(part.typed()) + ": " : "") + match.note().feedback());
        }
      }
      return remarks;
    }

    private static String quote(String text) {
      return "\"" + text + "\"";
    }

    private static String joined(List<String> items) {
      if (items.size() == 1) {
        return items.get(0);
      }
      return String.join(", ", items.subList(0, items.size() - 1))
          + " and "
          + items.get(items.size() - 1);
    }
  }

  private static final class Marking implements Question.Cases<Score> {
    private final Response response;

    Marking(Response response) {
      this.response = response;
    }

    @Override
    public Score singleChoice(SingleChoice question) {
      Set<String> selected = expect(question, response, Response.Choice.class).selected();
      return Score.allOrNothing(selected.equals(Set.of(question.correct())));
    }

    @Override
    public Score multipleResponse(MultipleResponse question) {
      Set<String> selected = expect(question, response, Response.Choice.class).selected();
      List<String> keyed = question.correct();
      int right = (int) selected.stream().filter(keyed::contains).count();
      int wrong = selected.size() - right;
      return Score.fraction(Math.max(0, right - wrong), keyed.size());
    }

    @Override
    public Score trueFalse(TrueFalse question) {
      boolean value = expect(question, response, Response.Judgement.class).value();
      return Score.allOrNothing(value == question.answer());
    }

    @Override
    public Score matching(Matching question) {
      Map<String, String> given = expect(question, response, Response.Pairs.class).pairs();
      Set<String> premises = new HashSet<>();
      question.premises().stream().map(Option::id).forEach(premises::add);
      int right = 0;
      int strangers = 0;
      for (Map.Entry<String, String> pair : given.entrySet()) {
        if (!premises.contains(pair.getKey())) {
          strangers++;
        } else if (Objects.equals(question.key().get(pair.getKey()), pair.getValue())) {
          right++;
        }
      }
      return Score.fraction(right, premises.size() + strangers);
    }

    @Override
    public Score ordering(Ordering question) {
      List<String> given = expect(question, response, Response.Sequence.class).order();
      List<String> key = question.order();
      int right = 0;
      for (int i = 0; i < Math.min(given.size(), key.size()); i++) {
        if (given.get(i).equals(key.get(i))) {
          right++;
        }
      }
      return Score.fraction(right, Math.max(given.size(), key.size()));
    }

    @Override
    public Score shortAnswer(ShortAnswer question) {
      String text = expect(question, response, Response.Text.class).text();
      return Score.of(TypedVerdict.of(question, text).credit());
    }
  }
}
