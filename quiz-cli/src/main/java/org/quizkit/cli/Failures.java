package org.quizkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.quizkit.core.diagnostic.DiagnosticException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports an exception thrown by a command as a message on standard error, never as a stack trace,
 * and exits with 1. Bad input the library found (a {@link DiagnosticException}: a dataset, module,
 * bank, answers file, worksheet, response or progress store) is printed as the library renders it,
 * one problem a line, compiler style, then their count when there are several. Set {@code
 * QUIZ_DEBUG} in the environment to also see the stack trace.
 */
final class Failures implements IExecutionExceptionHandler {
  static final String DEBUG = "QUIZ_DEBUG";

  private final boolean debug;

  Failures(Map<String, String> env) {
    this.debug = env.containsKey(DEBUG);
  }

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    List<String> lines = describe(ex);
    err.println(commandLine.getCommandSpec().qualifiedName() + ": " + lines.get(0));
    lines.subList(1, lines.size()).forEach(err::println);
    if (debug) {
      ex.printStackTrace(err);
    }
    return commandLine.getCommandSpec().exitCodeOnExecutionException();
  }

  /** The lines that explain {@code failure} to a user; never empty. */
  static List<String> describe(Throwable failure) {
    Throwable cause = failure;
    if (cause instanceof UncheckedIOException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof DiagnosticException problems) {
      return problems.render().lines().toList();
    }
    if (cause instanceof FileSystemException) {
      return List.of(fileProblem((FileSystemException) cause));
    }
    if (isBug(cause) || isBlank(cause.getMessage())) {
      return List.of(
          "internal error: "
              + cause
              + " (this is a bug in quiz; set "
              + DEBUG
              + "=1 to see where it happened)");
    }
    List<String> lines = new ArrayList<>();
    cause.getMessage().strip().lines().forEach(lines::add);
    if (cause instanceof IOException) {
      lines.set(0, "cannot read or write: " + lines.get(0));
    }
    return List.copyOf(lines);
  }

  private static String fileProblem(FileSystemException ex) {
    String file = ex.getFile();
    if (ex instanceof NoSuchFileException) {
      return "no such file or directory: " + file;
    }
    if (ex instanceof AccessDeniedException) {
      return "permission denied: " + file;
    }
    if (ex instanceof FileAlreadyExistsException) {
      return "already exists: " + file;
    }
    if (ex instanceof NotDirectoryException) {
      return "not a directory: " + file;
    }
    if (ex instanceof DirectoryNotEmptyException) {
      return "directory not empty: " + file;
    }
    String reason = ex.getReason() == null ? "cannot read or write" : ex.getReason();
    return file == null ? reason : file + ": " + reason;
  }

  /**
   * Exceptions that only a programming error throws. Anything else with a message (the library's
   * diagnostics, {@code IllegalArgumentException} for bad data, I/O failures) is the user's to
   * read.
   */
  private static boolean isBug(Throwable failure) {
    return failure instanceof NullPointerException
        || failure instanceof ClassCastException
        || failure instanceof IndexOutOfBoundsException
        || failure instanceof ArrayStoreException
        || failure instanceof ArithmeticException
        || failure instanceof UnsupportedOperationException
        || failure instanceof ConcurrentModificationException
        || failure instanceof NoSuchElementException
        || !(failure instanceof Exception);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
