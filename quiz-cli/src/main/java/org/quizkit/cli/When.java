package org.quizkit.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A moment told to a learner: the time in UTC and how far off it is. */
final class When {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private When() {}

  /** Such as {@code 2026-11-25 09:10 UTC (in 1 day 2 h)}, or {@code (now)} when past. */
  static String describe(Instant at, Instant now) {
    Duration left = Duration.between(now, at);
    return FORMAT.format(at)
        + " ("
        + (left.isNegative() || left.isZero() ? "now" : "in " + span(left))
        + ")";
  }

  static String span(Duration duration) {
    long minutes = Math.max(1, (duration.toSeconds() + 59) / 60);
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    long mins = minutes % 60;
    if (days > 0) {
      return days + (days == 1 ? " day" : " days") + (hours > 0 ? " " + hours + " h" : "");
    }
    if (hours > 0) {
      return hours + " h" + (mins > 0 ? " " + mins + " min" : "");
    }
    return mins + " min";
  }
}
