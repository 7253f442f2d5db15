package org.quizkit.worksheet.marking;

/**
 * How the class did on the questions that test one fact.
 *
 * @param fact the fact's id, as the questions declare it
 * @param questions how many questions on the sheets test it
 * @param responses how many answers to those questions were marked
 * @param facility the mean score of those answers, from 0 to 1
 */
public record FactResult(String fact, int questions, int responses, double facility) {}
