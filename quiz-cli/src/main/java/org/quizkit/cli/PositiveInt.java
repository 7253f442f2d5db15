package org.quizkit.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a count such as {@code --count 10}. Picocli names the option in front of the message:
 * {@code invalid value for option '--count': '0' is not a positive whole number}.
 */
final class PositiveInt implements ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    int parsed;
    try {
      parsed = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw notPositive(value);
    }
    if (parsed < 1) {
      throw notPositive(value);
    }
    return parsed;
  }

  private static TypeConversionException notPositive(String value) {
    return new TypeConversionException(
        "'" + value + "' is not a positive whole number (1 to " + Integer.MAX_VALUE + ")");
  }
}
