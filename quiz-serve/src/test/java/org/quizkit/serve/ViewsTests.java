package org.quizkit.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quizkit.web.page.Pages;

class ViewsTests {
  private static final Instant DUE = Instant.parse("2026-12-05T10:00:00Z");

  @Test
  void showsWhenAFactIsDueInTheServersZoneNamedInEnglish() {
    String page =
        new Views(Pages.create(), ZoneId.of("Europe/Paris")).nothingDue(Optional.of(DUE), "1 fact");
    assertTrue(page.contains("due 2026-12-05 11:00 CET."), page);
  }

  @Test
  void namesUtcAsUtc() {
    String page = new Views(Pages.create(), ZoneOffset.UTC).nothingDue(Optional.of(DUE), "1 fact");
    assertTrue(page.contains("due 2026-12-05 10:00 UTC."), page);
  }
}
