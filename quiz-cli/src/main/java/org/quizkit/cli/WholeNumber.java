package org.quizkit.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a seed such as {@code --seed 42}: any whole number that fits in 64 bits. Picocli names the
 * option in front of the message: {@code invalid value for option '--seed': 'xyz' is not a whole
 * number}.
 */
final class WholeNumber implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException(
          "'"
              + value
              + "' is not a whole number ("
              + Long.MIN_VALUE
              + " to "
              + Long.MAX_VALUE
              + ")");
    }
  }
}
