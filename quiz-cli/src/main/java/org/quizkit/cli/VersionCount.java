package org.quizkit.cli;

import java.util.OptionalInt;
import org.quizkit.worksheet.Version;
import org.quizkit.worksheet.WorksheetSpec;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --versions V} for worksheets and exports: versions are lettered A to Z, then AA, AB,
 * ..., so at most 100 (A to CV). Picocli names the option in front of the message: {@code invalid
 * value for option '--versions': '101' is not a number of versions from 1 to 100 (lettered A to Z,
 * then AA to CV)}.
 */
final class VersionCount implements ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    OptionalInt parsed = PositiveInt.parse(value);
    if (parsed.isEmpty() || parsed.getAsInt() > WorksheetSpec.MAX_VERSIONS) {
      throw outOfRange(value);
    }
    return parsed.getAsInt();
  }

  private static TypeConversionException outOfRange(String value) {
    return new TypeConversionException(
        "'"
            + value
            + "' is not a number of versions from 1 to "
            + WorksheetSpec.MAX_VERSIONS
            + " (lettered A to Z, then AA to "
            + Version.label(WorksheetSpec.MAX_VERSIONS - 1)
            + ")");
  }
}
