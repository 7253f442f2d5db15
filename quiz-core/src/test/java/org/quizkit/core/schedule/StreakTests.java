package org.quizkit.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreakTests {
  private static final Instant NOW = Instant.parse("2026-11-24T20:00:00Z");

  @Test
  void countsDaysInARowUpToToday() {
    List<Instant> answered =
        List.of(
            Instant.parse("2026-11-20T10:00:00Z"),
            Instant.parse("2026-11-22T10:00:00Z"),
            Instant.parse("2026-11-23T10:00:00Z"),
            Instant.parse("2026-11-24T08:00:00Z"),
            Instant.parse("2026-11-24T09:00:00Z"));

    assertEquals(new Streak(3, 2, 4), Streak.of(answered, NOW, ZoneOffset.UTC));
  }

  @Test
  void aDayNotYetStudiedDoesNotBreakTheStreak() {
    List<Instant> answered =
        List.of(Instant.parse("2026-11-22T10:00:00Z"), Instant.parse("2026-11-23T10:00:00Z"));

    assertEquals(new Streak(2, 0, 2), Streak.of(answered, NOW, ZoneOffset.UTC));
  }

  @Test
  void daysAreTheLearnersOwn() {
    // Now is 05:00 on the 25th in Tokyo, where 14:00 UTC on the 24th was 23:00 yesterday.
    List<Instant> answered = List.of(Instant.parse("2026-11-24T14:00:00Z"));

    assertEquals(new Streak(1, 0, 1), Streak.of(answered, NOW, ZoneId.of("Asia/Tokyo")));
    assertEquals(new Streak(1, 1, 1), Streak.of(answered, NOW, ZoneOffset.UTC));
  }
}
