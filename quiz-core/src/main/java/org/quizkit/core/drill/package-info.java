/**
 * Not API: internal to quizkit, may change without notice.
 *
 * <p>The self-test loop of a terminal, apart from any terminal: {@link
 * org.quizkit.core.drill.Drill} asks a quiz's questions from a {@link
 * org.quizkit.core.drill.LineSource}, gives feedback, hands each scored answer to a {@link
 * org.quizkit.core.drill.Recorder} at once, and ends with a summary in a {@link
 * org.quizkit.core.drill.DrillResult}.
 *
 * <p>It is the {@code quiz} command's learning loop; an application with its own interface uses
 * {@link org.quizkit.core.QuizEngine} or {@link org.quizkit.core.delivery.DeliveredQuiz}.
 */
package org.quizkit.core.drill;
