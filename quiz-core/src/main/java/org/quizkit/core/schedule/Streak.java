package org.quizkit.core.schedule;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A learner's study history in days of their own calendar: how many days in a row, up to today or
 * yesterday, they answered at least one question, and how many answers they gave today.
 *
 * <p>Immutable and thread-safe.
 *
 * @param days consecutive days with an answer, ending today (or yesterday, when today has none yet:
 *     the streak is not broken before the day is over); 0 when neither has one
 * @param today answers given today
 * @param studyDays every day with an answer
 */
public record Streak(int days, int today, int studyDays) {

  /** The streak of answers given at these times, seen at {@code now} in {@code zone}. */
  public static Streak of(Collection<Instant> answered, Instant now, ZoneId zone) {
    checkNotNull(answered, "answered");
    checkNotNull(now, "now");
    checkNotNull(zone, "zone");
    LocalDate todayDate = LocalDate.ofInstant(now, zone);
    Set<LocalDate> dates = new HashSet<>();
    int today = 0;
    for (Instant at : answered) {
      LocalDate day = LocalDate.ofInstant(at, zone);
      dates.add(day);
      today += day.equals(todayDate) ? 1 : 0;
    }
    LocalDate day = dates.contains(todayDate) ? todayDate : todayDate.minusDays(1);
    int run = 0;
    while (dates.contains(day)) {
      run++;
      day = day.minusDays(1);
    }
    return new Streak(run, today, dates.size());
  }
}
