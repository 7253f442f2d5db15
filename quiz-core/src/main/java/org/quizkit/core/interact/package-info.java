/**
 * Not API: internal to quizkit, may change without notice.
 *
 * <p>How a question is shown on a terminal and how a typed line is read back as a response ({@link
 * org.quizkit.core.interact.TextPrompt}), for the self-test loop of the {@code quiz} command. An
 * application with its own interface uses {@link org.quizkit.core.QuizEngine} or {@link
 * org.quizkit.core.delivery.DeliveredQuiz} instead.
 */
package org.quizkit.core.interact;
