package org.quizkit.worksheet.marking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The 1-based line of a character position in a text, for located messages. */
final class LineIndex {
  private final List<Long> starts = new ArrayList<>();

  LineIndex(String text) {
    starts.add(0L);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add((long) i + 1);
      }
    }
  }

  long lineOf(long position) {
    int found = Collections.binarySearch(starts, position);
    return found >= 0 ? found + 1 : -found - 1;
  }
}
