package org.quizkit.core.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quizkit.core.question.Option;

/**
 * Position labels for what a browser sees: {@code a, b, c, ...} for options, choices and items,
 * {@code 1, 2, 3, ...} for matching premises. Our own ids never leave the server, because an id can
 * name the answer (a question about the lungs whose right option has the id {@code lungs}).
 */
final class PositionLabels {
  private PositionLabels() {}

  static String letter(int index) {
    return String.valueOf((char) ('a' + index));
  }

  static String number(int index) {
    return String.valueOf(index + 1);
  }

  /** Label to option id, in shown order. */
  static Map<String, String> letters(List<Option> shown) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < shown.size(); i++) {
      labels.put(letter(i), shown.get(i).id());
    }
    return labels;
  }

  /** Label to premise id, in shown order. */
  static Map<String, String> numbers(List<Option> shown) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < shown.size(); i++) {
      labels.put(number(i), shown.get(i).id());
    }
    return labels;
  }

  /** Option id to label, the reverse of a label map. */
  static Map<String, String> reverse(Map<String, String> labels) {
    Map<String, String> ids = new LinkedHashMap<>();
    labels.forEach((label, id) -> ids.put(id, label));
    return ids;
  }
}
