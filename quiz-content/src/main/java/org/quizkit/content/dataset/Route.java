package org.quizkit.content.dataset;

/**
 * A way cancer cells travel through the body.
 *
 * @param moreCommon true for the route the source says cells take more often
 * @param description what the route is, in our own words
 */
public record Route(String id, String name, boolean moreCommon, String description, String section) {}
