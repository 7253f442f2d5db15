package org.quizkit.content.internal.tree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quizkit.content.dataset.DatasetException;
import org.quizkit.core.diagnostic.Diagnostic;

/**
 * Collects the diagnostics for one file so loading can go on and report them all at once.
 *
 * <p>Public, with {@link Node} and {@link TreeReader}, only so that the learning modules can share
 * the dataset's located YAML reading; not part of the library's API for integrators. Not
 * thread-safe: one instance per file being read.
 */
public final class Problems {
  private final String source;
  private final List<Diagnostic> found = new ArrayList<>();

  /** Problems of the file that diagnostics will name {@code source}. */
  public Problems(String source) {
    this.source = source;
  }

  /** A problem at a place in the file. */
  public void at(int line, int column, String message) {
    Diagnostic diagnostic = new Diagnostic(source, line, column, message);
    // A value read twice (say, a list key both bound and counted) must not be reported twice.
    if (!found.contains(diagnostic)) {
      found.add(diagnostic);
    }
  }

  /** A problem at the place a value starts. */
  public void at(Node node, String message) {
    at(node.line(), node.column(), message);
  }

  /** A problem with the file as a whole. */
  public void file(String message) {
    at(0, 0, message);
  }

  /** True once anything was reported. */
  public boolean any() {
    return !found.isEmpty();
  }

  /** The problems in file order; checks that run late still appear where they belong. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(found);
    copy.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    return copy;
  }

  /** Throws if anything was found. */
  public void throwIfAny() {
    if (any()) {
      throw new DatasetException(sorted());
    }
  }
}
