/**
 * The spread dataset, its loader, the question generators and the learning modules, over the engine
 * of {@code org.quizkit.core}. Exports only the API packages (docs/api.md); the located YAML and
 * JSON reader shared by the dataset and module loaders ({@code internal.tree}) is not. The YAML
 * reader is needed only to load a dataset file in YAML, so it is optional.
 */
module org.quizkit.content {
  requires transitive org.quizkit.core;
  requires com.google.common;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires static tools.jackson.dataformat.yaml;

  exports org.quizkit.content;
  exports org.quizkit.content.dataset;
  exports org.quizkit.content.generate;
  exports org.quizkit.content.module;
}
