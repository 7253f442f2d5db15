package org.quizkit.core.diagnostic;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * One problem found in an input file (a dataset, a module file, a question bank), at a place in it.
 *
 * <p>Renders like a compiler message, {@code spread.yaml:14:9: unknown site 'adrenal' (...)}, so
 * editors and terminals can jump to it. Immutable.
 *
 * @param source the file name the problem is in, such as {@code spread.yaml}
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param column the 1-based column, or 0 when the problem concerns the whole file or line
 * @param message what is wrong, naming the thing and the value
 */
public record Diagnostic(String source, int line, int column, String message) {
  /** Checks the position is not negative and the texts are present. */
  public Diagnostic {
    checkNotNull(source, "source");
    checkNotNull(message, "message");
    checkArgument(line >= 0, "line %s is negative", line);
    checkArgument(column >= 0, "column %s is negative", column);
  }

  /**
   * The compiler-style form followed, when the position is known, by the line it points into and a
   * caret under the column, as compilers print them.
   *
   * @param text the whole text of the file this diagnostic is about
   */
  public String withSourceLine(String text) {
    checkNotNull(text, "text");
    List<String> lines = text.lines().toList();
    if (line == 0 || line > lines.size()) {
      return toString();
    }
    String quoted = lines.get(line - 1);
    StringBuilder caret = new StringBuilder();
    // Copy tabs so the caret lines up however the terminal expands them.
    for (int i = 0; i < column - 1 && i < quoted.length(); i++) {
      caret.append(quoted.charAt(i) == '\t' ? '\t' : ' ');
    }
    return toString() + "\n" + quoted + "\n" + caret + "^";
  }

  /** The compiler-style form: {@code source:line:column: message}, leaving out unknown parts. */
  @Override
  public String toString() {
    if (line == 0) {
      return source + ": " + message;
    }
    if (column == 0) {
      return source + ":" + line + ": " + message;
    }
    return source + ":" + line + ":" + column + ": " + message;
  }
}
