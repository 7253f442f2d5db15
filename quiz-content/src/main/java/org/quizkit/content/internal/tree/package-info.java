/**
 * Not API: internal to quizkit, may change without notice.
 *
 * <p>The located reader of YAML and JSON text shared by the dataset loader and the learning-module
 * loader: {@link org.quizkit.content.internal.tree.TreeReader} reads text into a {@link
 * org.quizkit.content.internal.tree.Node} tree that remembers where each value starts, and {@link
 * org.quizkit.content.internal.tree.Problems} collects what is wrong at those places. The module
 * descriptor does not export this package.
 */
package org.quizkit.content.internal.tree;
