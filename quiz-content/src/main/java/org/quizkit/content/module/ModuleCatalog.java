package org.quizkit.content.module;

import java.util.List;
import java.util.Optional;

/**
 * Every learning module, with the ids they are built on, listed once so that they are easy to align
 * with the dataset.
 *
 * <p>Immutable and thread-safe. Built by {@link Modules}, which has checked that every cancer is in
 * exactly one module and every section and topic in at least one.
 *
 * @param cancers every cancer id the modules cover
 * @param sections the source sections the concept lessons cover
 * @param topics the concept topics questions are tagged with
 * @param modules in teaching order
 */
public record ModuleCatalog(
    List<String> cancers,
    List<String> sections,
    List<String> topics,
    List<LearningModule> modules) {
  public ModuleCatalog {
    cancers = List.copyOf(cancers);
    sections = List.copyOf(sections);
    topics = List.copyOf(topics);
    modules = List.copyOf(modules);
  }

  /** The module with this id. */
  public Optional<LearningModule> module(String id) {
    return modules.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** The module that teaches this cancer. */
  public Optional<LearningModule> moduleOfCancer(String cancerId) {
    return modules.stream().filter(m -> m.cancers().contains(cancerId)).findFirst();
  }
}
