/**
 * Not API: internal to quizkit, may change without notice.
 *
 * <p>Seeded randomness shared by the engine and the content module, so that the same seed gives the
 * same quiz on every JVM. Callers pass a seed to the front doors ({@code QuizSpec}, {@code
 * QuizContent.bank}); they need not reach in here.
 */
package org.quizkit.core.seed;
