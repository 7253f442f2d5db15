package org.quizkit.core.interact;

import java.util.List;
import org.quizkit.core.question.Option;

/** Display letters: the n-th option shown is the n-th letter, whatever its id. */
final class OptionLetters {
  static final int MAX = 26;

  private OptionLetters() {}

  static char letter(int index) {
    return (char) ('a' + index);
  }

  static String range(List<Option> options) {
    return "a to " + letter(options.size() - 1);
  }

  /** The position of a letter among {@code count} options, or -1. */
  static int indexOf(char letter, int count) {
    int index = letter - 'a';
    return index >= 0 && index < count ? index : -1;
  }

  static char letterOf(List<Option> options, String id) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).id().equals(id)) {
        return letter(i);
      }
    }
    throw new IllegalArgumentException("no option with id '" + id + "'");
  }
}
