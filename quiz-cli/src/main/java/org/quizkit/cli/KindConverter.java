package org.quizkit.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.quizkit.core.question.Kind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a question kind by its id. The core's message names the value and the known ids, and
 * picocli puts the option in front of it, making a usage error.
 */
final class KindConverter implements ITypeConverter<Kind>, Iterable<String> {
  @Override
  public Kind convert(String value) {
    try {
      return Kind.fromId(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** The known ids in declaration order, for {@code ${COMPLETION-CANDIDATES}} in help. */
  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(Kind.values()).map(Kind::id).iterator();
  }
}
