package org.quizkit.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option value given by an enum constant's id, such as {@code moodle-xml}, which picocli's
 * own enum conversion cannot (ids are not Java names). The message names the value and the known
 * ids.
 */
abstract class IdConverter<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {
  private final E[] values;
  private final Function<E, String> id;

  IdConverter(E[] values, Function<E, String> id) {
    this.values = values.clone();
    this.id = id;
  }

  @Override
  public E convert(String value) {
    String wanted = value.strip().toLowerCase(Locale.ROOT);
    for (E candidate : values) {
      if (id.apply(candidate).equals(wanted)) {
        return candidate;
      }
    }
    throw new TypeConversionException("'" + value + "' is not one of: " + String.join(", ", this));
  }

  /** The ids in declaration order, so help can list them as completion candidates. */
  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(values).map(id).collect(Collectors.toList()).iterator();
  }
}
