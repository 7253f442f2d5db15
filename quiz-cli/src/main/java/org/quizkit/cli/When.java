package org.quizkit.cli;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A moment told to a learner: the time in their zone and how far off it is. */
final class When {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private When() {}

  /**
   * The zone to show times in: {@code TZ} from the environment when it names a zone; else the
   * system's zone when the clock is the system clock (looked up only here, when a time is shown,
   * because the lookup slows every start); else the clock's own zone, as a test sets it.
   */
  static ZoneId zone(Context context) {
    String tz = context.env().get("TZ");
    if (tz != null && !tz.isBlank()) {
      try {
        return ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
      } catch (DateTimeException e) {
        // Not a zone Java knows by that name: fall through to the system's.
      }
    }
    Clock clock = context.clock();
    return clock.equals(Clock.systemUTC()) ? ZoneId.systemDefault() : clock.getZone();
  }

  /** Such as {@code 2026-11-25 10:10 CET (in 1 day 2 h)}, or {@code (now)} when past. */
  static String describe(Instant at, Instant now, ZoneId zone) {
    Duration left = Duration.between(now, at);
    return FORMAT.withZone(zone).format(at)
        + " "
        + label(zone, at)
        + " ("
        + (left.isNegative() || left.isZero() ? "now" : "in " + span(left))
        + ")";
  }

  private static String label(ZoneId zone, Instant at) {
    if (zone.normalized().equals(ZoneOffset.UTC)) {
      return "UTC";
    }
    return DateTimeFormatter.ofPattern("zzz", Locale.US).withZone(zone).format(at);
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
