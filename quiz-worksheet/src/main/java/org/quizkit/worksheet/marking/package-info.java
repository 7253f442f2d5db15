/**
 * Marking a class's answers to printed worksheets: each student's score per question and in total
 * with the engine's own scoring, and item statistics per question and class results per fact. Start
 * at {@link org.quizkit.worksheet.marking.ClassMarking}; see {@code docs/worksheets.md}.
 */
package org.quizkit.worksheet.marking;
