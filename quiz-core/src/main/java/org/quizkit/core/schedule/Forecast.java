package org.quizkit.core.schedule;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How many facts fall due when, counted by the learner's calendar: now, later today, tomorrow, and
 * in the rest of the coming week. Days are those of {@code zone}, so "tomorrow" is the learner's
 * tomorrow, not UTC's.
 *
 * <p>Immutable and thread-safe.
 *
 * @param now due already
 * @param laterToday due before the end of today
 * @param tomorrow due tomorrow
 * @param thisWeek due after tomorrow and within seven days from today
 */
public record Forecast(int now, int laterToday, int tomorrow, int thisWeek) {

  /** The forecast of these due times, seen at {@code at} in {@code zone}. */
  public static Forecast of(Collection<Instant> dues, Instant at, ZoneId zone) {
    checkNotNull(dues, "dues");
    checkNotNull(at, "at");
    checkNotNull(zone, "zone");
    LocalDate today = LocalDate.ofInstant(at, zone);
    int now = 0;
    int laterToday = 0;
    int tomorrow = 0;
    int week = 0;
    for (Instant due : dues) {
      LocalDate day = LocalDate.ofInstant(due, zone);
      if (!due.isAfter(at)) {
        now++;
      } else if (day.equals(today)) {
        laterToday++;
      } else if (day.equals(today.plusDays(1))) {
        tomorrow++;
      } else if (day.isBefore(today.plusDays(7))) {
        week++;
      }
    }
    return new Forecast(now, laterToday, tomorrow, week);
  }

  /**
   * Such as {@code 2 now, 5 tomorrow, 12 later this week}; parts that are 0 are left out, and
   * {@code nothing this week} when all are.
   */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (now > 0) {
      parts.add(now + " now");
    }
    if (laterToday > 0) {
      parts.add(laterToday + " later today");
    }
    if (tomorrow > 0) {
      parts.add(tomorrow + " tomorrow");
    }
    if (thisWeek > 0) {
      parts.add(thisWeek + " later this week");
    }
    return parts.isEmpty() ? "nothing this week" : String.join(", ", parts);
  }
}
