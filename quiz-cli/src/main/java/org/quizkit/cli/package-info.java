/**
 * Not API: internal to quizkit, may change without notice.
 *
 * <p>The {@code quiz} command: a thin picocli layer over the library's front doors.
 *
 * <p>{@link org.quizkit.cli.Main} is the process boundary (the only {@code System.exit}); it hands
 * a {@code Context} (streams, environment, seed source) to the command tree built by {@code
 * Commands}. Each command is a small {@code Callable<Integer>} that holds its options, checked
 * while parsing (bad values are usage errors, exit 2), and calls one library front door. Options
 * shared by several commands are mixins ({@code --dataset}, {@code --seed}, {@code --data-dir},
 * {@code --plain}). {@code UsageErrors} and {@code Failures} turn parse errors and exceptions into
 * one-line messages and exit codes; no stack trace reaches the user unless {@code QUIZ_DEBUG} is
 * set.
 *
 * <p>The command line (its options, output and exit codes) is the interface; the classes behind it
 * are not.
 */
package org.quizkit.cli;
