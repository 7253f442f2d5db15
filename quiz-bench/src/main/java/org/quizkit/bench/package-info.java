/**
 * Benchmarks of the library's hot paths (JMH) and the export scale run ({@link
 * org.quizkit.bench.ExportScale}). Not part of the library: built only with the Maven profile
 * {@code bench}; see docs/performance.md for the commands and the figures.
 */
package org.quizkit.bench;
