package org.quizkit.content.dataset;

/**
 * A section of the source article, so a reader can go back to it.
 *
 * @param id short id used by facts, such as {@code spread/lung}
 * @param title the section's heading path, such as {@code "Which cancers spread where? / Lung"}
 */
public record Section(String id, String title) {}
