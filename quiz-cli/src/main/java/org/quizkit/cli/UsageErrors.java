package org.quizkit.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command line that does not parse: one line naming the command and the problem, then one
 * line saying how to get that command's help (the whole usage only when no command was given), all
 * on standard error; exit code 2.
 */
final class UsageErrors implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine commandLine = ex.getCommandLine();
    PrintWriter err = commandLine.getErr();
    String command = commandLine.getCommandSpec().qualifiedName();
    err.println(command + ": " + message(ex));
    if (ex.getMessage() != null && ex.getMessage().startsWith("Missing required subcommand")) {
      // No command at all: the list of commands is the help wanted.
      commandLine.usage(err, commandLine.getColorScheme());
    } else {
      // One line, not the whole usage, so the message stays on screen.
      err.println("Help: " + command + " --help");
    }
    return commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }

  static String message(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException) {
      return unmatched((UnmatchedArgumentException) ex);
    }
    if ("Missing required subcommand".equals(ex.getMessage())) {
      return "missing command";
    }
    return sentenceCase(ex.getMessage());
  }

  private static String unmatched(UnmatchedArgumentException ex) {
    List<String> unmatched = ex.getUnmatched();
    String first = unmatched.isEmpty() ? "" : unmatched.get(0);
    String what;
    if (ex.isUnknownOption()) {
      what = "unknown option";
    } else if (!ex.getCommandLine().getSubcommands().isEmpty()) {
      what = "unknown command";
    } else {
      what = "unexpected argument";
    }
    return what + " '" + first + "'" + suggestion(ex.getSuggestions());
  }

  /** Picocli ranks suggestions by likeness; beyond the first they are rarely what was meant. */
  private static String suggestion(List<String> suggestions) {
    return suggestions.isEmpty() ? "" : " (did you mean '" + suggestions.get(0) + "'?)";
  }

  /**
   * Picocli's messages start like sentences ({@code "Missing required option"}, sometimes {@code
   * "Error: "}); after {@code "quiz export: "} they read better in lower case, as compilers write
   * them.
   */
  static String sentenceCase(String message) {
    String text = message == null ? "invalid command line" : message.strip();
    if (text.startsWith("Error: ")) {
      text = text.substring("Error: ".length());
    }
    if (text.length() > 1
        && Character.isUpperCase(text.charAt(0))
        && Character.isLowerCase(text.charAt(1))) {
      text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return text;
  }
}
