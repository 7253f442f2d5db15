package org.quizkit.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastTests {
  private static final Instant AT = Instant.parse("2026-11-24T20:00:00Z");

  private static List<Instant> dues() {
    return List.of(
        Instant.parse("2026-11-24T19:00:00Z"),
        Instant.parse("2026-11-24T20:10:00Z"),
        Instant.parse("2026-11-24T23:30:00Z"),
        Instant.parse("2026-11-25T12:00:00Z"),
        Instant.parse("2026-11-28T12:00:00Z"),
        Instant.parse("2026-12-20T12:00:00Z"));
  }

  @Test
  void countsDueFactsByTheLearnersDays() {
    Forecast utc = Forecast.of(dues(), AT, ZoneOffset.UTC);

    assertEquals(new Forecast(1, 2, 1, 1), utc);
    assertEquals("1 now, 2 later today, 1 tomorrow, 1 later this week", utc.describe());
  }

  @Test
  void aLaterZoneMovesTheEveningIntoTomorrow() {
    // 20:00 UTC is 05:00 the next day in Tokyo: 23:30 UTC is then later today, not tomorrow.
    Forecast tokyo = Forecast.of(dues(), AT, ZoneId.of("Asia/Tokyo"));
    Forecast berlin = Forecast.of(dues(), AT, ZoneId.of("Europe/Berlin"));

    assertEquals(new Forecast(1, 3, 0, 1), tokyo);
    assertEquals(new Forecast(1, 1, 2, 1), berlin);
  }

  @Test
  void saysNothingThisWeekWhenNothingIsDue() {
    assertEquals("nothing this week", Forecast.of(List.of(), AT, ZoneOffset.UTC).describe());
  }
}
