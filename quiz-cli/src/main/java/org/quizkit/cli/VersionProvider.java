package org.quizkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version that the build wrote into {@code version.properties}. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"quiz " + quizVersion(), "Java " + javaVersion()};
  }

  static String quizVersion() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        // Only when run from classes the build did not process, such as an IDE's output folder.
        return "(unknown version)";
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "(unknown version)");
  }

  static String javaVersion() {
    return Runtime.version()
        + " ("
        + System.getProperty("java.vendor", "unknown vendor")
        + ", "
        + System.getProperty("java.vm.name", "unknown VM")
        + ")";
  }
}
