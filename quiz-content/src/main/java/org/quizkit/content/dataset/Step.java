package org.quizkit.content.dataset;

/**
 * A step a cancer cell must go through to form a tumour elsewhere.
 *
 * @param order the step's place in the sequence the source implies (1, 2, ...), or 0 when the
 *     source implies no place for it (for example escaping the immune system, needed throughout)
 */
public record Step(String id, String text, int order, String section) {}
