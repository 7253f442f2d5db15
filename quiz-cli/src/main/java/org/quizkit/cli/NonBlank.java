package org.quizkit.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values that must not be empty: an empty path would quietly mean "here". */
final class NonBlank {
  private NonBlank() {}

  private static String check(String value) {
    if (value.isBlank()) {
      throw new TypeConversionException("must not be empty");
    }
    return value;
  }

  /** A text that says something, such as a title. */
  static final class Text implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return check(value);
    }
  }

  /** A file or folder path that names something. */
  static final class PathValue implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      return Path.of(check(value));
    }
  }
}
