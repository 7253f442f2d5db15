package org.quizkit.worksheet;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What a sheet's header fills in for every student; each part left empty prints as an empty line to
 * write on. Name, student ID and date are always lines, since they differ per student.
 *
 * <p>Immutable and thread-safe.
 *
 * @param course the course or class, such as {@code Biology 2B}; empty for a line
 * @param teacher the teacher's name; empty for a line
 * @param timeAllowed how long the students have, such as {@code 40 minutes}; empty for a line
 */
public record Header(String course, String teacher, String timeAllowed) {
  private static final Header BLANK = new Header("", "", "");

  /** Checks every part is present (possibly empty) and strips it. */
  public Header {
    checkNotNull(course, "course");
    checkNotNull(teacher, "teacher");
    checkNotNull(timeAllowed, "timeAllowed");
    course = course.strip();
    teacher = teacher.strip();
    timeAllowed = timeAllowed.strip();
  }

  /** Every part an empty line. */
  public static Header blank() {
    return BLANK;
  }
}
