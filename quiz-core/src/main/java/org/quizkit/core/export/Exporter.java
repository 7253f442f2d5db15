package org.quizkit.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;

/**
 * Writes a question bank in one file format. Get one from {@link Exporters}.
 *
 * <p>Implementations are immutable and thread-safe. They write question by question, so memory use
 * does not grow with the size of the bank beyond the list itself; they flush but never close {@code
 * out}. The same questions and options always give the same bytes.
 */
public interface Exporter {

  /** The format's name, as accepted by {@link Exporters#byName(String)}. */
  String format();

  /** The usual file name extension for this format, without the dot (for example {@code gift}). */
  String extension();

  /**
   * The kinds of question this format can hold at all (written as they are or converted); a
   * question of any other kind is always left out. Every kind unless the format says otherwise.
   */
  default Set<Kind> kinds() {
    return EnumSet.allOf(Kind.class);
  }

  /**
   * Writes {@code questions} to {@code out}.
   *
   * @return which questions were converted to another form or left out, and why
   * @throws IOException when {@code out} fails
   * @throws IllegalArgumentException when two questions share an id
   */
  ExportReport write(List<? extends Question> questions, ExportOptions options, OutputStream out)
      throws IOException;
}
