package org.quizkit.core.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns question ids into QTI identifiers (also used as file names): letters, digits, {@code _ . -}
 * only, starting with a letter or {@code _}, unique within one package. Not thread-safe: one per
 * export. Uniqueness ignores case, because the ids become file names.
 */
final class QtiIds {
  private static final int MAX_LENGTH = 60;
  private final Set<String> taken = new HashSet<>();

  QtiIds(String... reserved) {
    for (String id : reserved) {
      taken.add(id.toLowerCase(Locale.ROOT));
    }
  }

  String next(String raw) {
    // No periods: JQTI+ rightly refuses them in assessmentItemRef identifiers, where a test names
    // an item variable as ITEM.VARIABLE; our question ids have them (most-site.lung).
    String base = raw.replaceAll("[^A-Za-z0-9_-]", "_");
    if (base.isEmpty() || !(Character.isLetter(base.charAt(0)) || base.charAt(0) == '_')) {
      base = "Q_" + base;
    }
    if (base.length() > MAX_LENGTH) {
      base = base.substring(0, MAX_LENGTH);
    }
    String id = base;
    for (int n = 2; !taken.add(id.toLowerCase(Locale.ROOT)); n++) {
      id = base + "-" + n;
    }
    return id;
  }
}
