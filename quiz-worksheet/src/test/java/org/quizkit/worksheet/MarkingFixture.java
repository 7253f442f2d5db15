package org.quizkit.worksheet;

/** The worksheet run the marking tests mark against. */
final class MarkingFixture {
  static final WorksheetSpec SPEC =
      WorksheetSpec.defaults("Marking")
          .withCount(6)
          .withVersions(2)
          .withSeed(11)
          .withPoints(Points.parse("multiple-response=2,matching=3,ordering=2"));

  private MarkingFixture() {}

  /** The number a question has on a version, from 1. */
  static int number(Version version, String id) {
    for (int i = 0; i < version.questions().size(); i++) {
      if (version.questions().get(i).id().equals(id)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(id);
  }
}
