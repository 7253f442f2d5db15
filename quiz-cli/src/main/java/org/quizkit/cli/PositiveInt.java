package org.quizkit.cli;

import java.util.OptionalInt;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a count such as {@code --count 10}. Picocli names the option in front of the message:
 * {@code invalid value for option '--count': '0' is not a positive whole number}.
 */
final class PositiveInt implements ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    return parse(value).orElseThrow(() -> notPositive(value));
  }

  /** The whole number 1 or more that {@code value} spells, or empty. */
  static OptionalInt parse(String value) {
    try {
      int parsed = Integer.parseInt(value.strip());
      return parsed < 1 ? OptionalInt.empty() : OptionalInt.of(parsed);
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  private static TypeConversionException notPositive(String value) {
    return new TypeConversionException(
        "'" + value + "' is not a positive whole number (1 to " + Integer.MAX_VALUE + ")");
  }
}
