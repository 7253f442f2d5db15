package org.quizkit.content.module;

/** Module files for tests. */
final class ModuleFixtures {
  /** A small module file with no problem: one module teaching one cancer, section and topic. */
  static final String GOOD =
      "version: 1\n"
          + "cancers: [lung]\n"
          + "sections: [intro]\n"
          + "topics: [routes]\n"
          + "modules:\n"
          + "  - id: one\n"
          + "    title: One\n"
          + "    objectives: [Know it.]\n"
          + "    lesson: Some words.\n"
          + "    sections: [intro]\n"
          + "    topics: [routes]\n"
          + "    cancers: [lung]\n"
          + "    mastery: 0.8\n";

  private ModuleFixtures() {}
}
