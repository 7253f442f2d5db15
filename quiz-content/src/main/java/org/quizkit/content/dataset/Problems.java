package org.quizkit.content.dataset;

import org.quizkit.core.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics for one file so loading can go on and report them all at once. */
final class Problems {
  private final String source;
  private final List<Diagnostic> found = new ArrayList<>();

  Problems(String source) {
    this.source = source;
  }

  /** A problem at a place in the file. */
  void at(int line, int column, String message) {
    Diagnostic diagnostic = new Diagnostic(source, line, column, message);
    // A value read twice (say, a list key both bound and counted) must not be reported twice.
    if (!found.contains(diagnostic)) {
      found.add(diagnostic);
    }
  }

  /** A problem at the place a value starts. */
  void at(Node node, String message) {
    at(node.line(), node.column(), message);
  }

  /** A problem with the file as a whole. */
  void file(String message) {
    at(0, 0, message);
  }

  boolean any() {
    return !found.isEmpty();
  }

  /** The problems in file order; checks that run late still appear where they belong. */
  List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(found);
    copy.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    return copy;
  }

  /** Throws if anything was found. */
  void throwIfAny() {
    if (any()) {
      throw new DatasetException(sorted());
    }
  }
}
