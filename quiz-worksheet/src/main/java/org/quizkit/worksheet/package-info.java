/**
 * Printed worksheets: versions of a test drawn from a question bank, each with a student sheet and
 * an answer key, written as HTML, Markdown or PDF. Start at {@link
 * org.quizkit.worksheet.Worksheets}; see {@code docs/worksheets.md}.
 */
package org.quizkit.worksheet;
