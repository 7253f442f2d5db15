package org.quizkit.core.question;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Validation shared by the question records. */
final class Checks {
  private Checks() {}

  static void header(String id, String stem, QuestionInfo info) {
    checkNotNull(id, "question id");
    checkNotNull(stem, "stem of question '%s'", id);
    checkNotNull(info, "info of question '%s'", id);
    checkArgument(!id.isBlank(), "question id is blank (stem '%s')", stem);
    checkArgument(!stem.isBlank(), "question '%s' has a blank stem", id);
  }

  /** Options must be present and have distinct ids. */
  static List<Option> options(String questionId, String what, List<Option> options, int atLeast) {
    List<Option> copy = List.copyOf(options);
    checkArgument(
        copy.size() >= atLeast,
        "question '%s' has %s %s, needs at least %s",
        questionId,
        copy.size(),
        what,
        atLeast);
    Set<String> seen = new HashSet<>();
    for (Option option : copy) {
      checkArgument(
          seen.add(option.id()), "question '%s' repeats %s id '%s'", questionId, what, option.id());
    }
    return copy;
  }

  static void known(String questionId, List<Option> options, String optionId) {
    checkArgument(
        options.stream().anyMatch(o -> o.id().equals(optionId)),
        "question '%s' has key '%s', which is not one of its option ids",
        questionId,
        optionId);
  }
}
