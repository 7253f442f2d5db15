package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.drill.Style;

class TerminalTextTests {
  @Nested
  class Styles {
    @Test
    void richOnlyOnACapableTerminalWithoutPlainOrNoColor() {
      assertEquals(Style.RICH, Interaction.style(true, false, Map.of(), true));
      assertEquals(Style.PLAIN, Interaction.style(false, false, Map.of(), true));
      assertEquals(Style.PLAIN, Interaction.style(true, true, Map.of(), true));
      assertEquals(Style.PLAIN, Interaction.style(true, false, Map.of(), false));
    }

    @Test
    void onlyAUtf8OutputKeepsUnicodeSymbols() {
      assertTrue(Interaction.writesUnicode("UTF-8"));
      assertFalse(Interaction.writesUnicode("ANSI_X3.4-1968"));
      assertFalse(Interaction.writesUnicode("US-ASCII"));
      assertFalse(Interaction.writesUnicode("ISO-8859-1"));
    }

    @Test
    void noColorCountsWhateverItsValue() {
      assertEquals(Style.PLAIN, Interaction.style(true, false, Map.of("NO_COLOR", ""), true));
      assertEquals(Style.PLAIN, Interaction.style(true, false, Map.of("NO_COLOR", "0"), true));
    }
  }

  @Nested
  class Bars {
    @Test
    void fillsTenthsAndShowsThePercent() {
      assertEquals("[#####-----]  50%", Bar.of(0.5, Style.PLAIN));
      assertEquals("[----------]   0%", Bar.of(0, Style.PLAIN));
      assertEquals("[##########] 100%", Bar.of(1, Style.PLAIN));
      assertEquals(
          "[\u2588\u2588\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591]  20%",
          Bar.of(0.2, Style.RICH));
    }
  }

  @Nested
  class Times {
    private final Instant now = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void saysWhenAndHowLongFromNow() {
      assertEquals(
          "2026-11-24 09:10 UTC (in 10 min)",
          When.describe(now.plus(Duration.ofMinutes(10)), now, java.time.ZoneOffset.UTC));
      assertEquals(
          "2026-11-26 12:00 UTC (in 2 days 3 h)",
          When.describe(now.plus(Duration.ofHours(51)), now, java.time.ZoneOffset.UTC));
      assertEquals(
          "2026-11-24 08:00 UTC (now)",
          When.describe(now.minusSeconds(3600), now, java.time.ZoneOffset.UTC));
    }

    @Test
    void showsTimesInTheLearnersZone() {
      assertEquals(
          "2026-11-24 10:10 CET (in 10 min)",
          When.describe(
              now.plus(Duration.ofMinutes(10)), now, java.time.ZoneId.of("Europe/Berlin")));
    }

    @Test
    void takesTheZoneFromTzOrElseTheClock() {
      java.time.Clock tokyo = java.time.Clock.fixed(now, java.time.ZoneId.of("Asia/Tokyo"));
      Context byClock =
          Quiz.quiz()
              .withClock(tokyo)
              .context(new java.io.StringWriter(), new java.io.StringWriter());
      Context byTz =
          Quiz.quiz()
              .withClock(tokyo)
              .withEnv(java.util.Map.of("TZ", "America/New_York"))
              .context(new java.io.StringWriter(), new java.io.StringWriter());

      assertEquals(java.time.ZoneId.of("Asia/Tokyo"), When.zone(byClock));
      assertEquals(java.time.ZoneId.of("America/New_York"), When.zone(byTz));
    }
  }

  @Nested
  class Paging {
    private final List<String> text = List.of("1", "2", "3", "4", "5", "6", "7");

    private String page(int height, String... typed) {
      java.io.StringWriter out = new java.io.StringWriter();
      java.util.Iterator<String> lines = List.of(typed).iterator();
      Pager pager =
          new Pager(
              new java.io.PrintWriter(out),
              prompt -> {
                out.write("[" + prompt + "]\n");
                return lines.hasNext()
                    ? java.util.Optional.of(lines.next())
                    : java.util.Optional.empty();
              },
              height);
      return pager.print(text) + ":" + out.toString().replace("\n", " ").strip();
    }

    @Test
    void pausesEveryScreenfulWhenInteractive() {
      assertEquals(
          "READ:1 2 3 [-- press Enter for more, q to skip --] 4 5 6 "
              + "[-- press Enter for more, q to skip --] 7",
          page(4, "", ""));
    }

    @Test
    void qSkipsTheRestAndEndOfInputStops() {
      assertEquals("SKIPPED:1 2 3 [-- press Enter for more, q to skip --]", page(4, "q"));
      assertEquals("END_OF_INPUT:1 2 3 [-- press Enter for more, q to skip --]", page(4));
    }

    @Test
    void countsTheRowsALongLineWrapsInto() {
      java.io.StringWriter out = new java.io.StringWriter();
      java.util.Iterator<String> typed = List.of("", "", "").iterator();
      Pager pager =
          new Pager(
              new java.io.PrintWriter(out),
              prompt -> {
                out.write("[more]\n");
                return java.util.Optional.of(typed.next());
              },
              4,
              10);

      // Rows: 2, 1, 2 on a screen of 3 rows (the fourth holds the prompt).
      pager.print(List.of("a".repeat(15), "b", "c".repeat(12)));

      assertEquals(
          "a".repeat(15) + " b [more] " + "c".repeat(12),
          out.toString().replace("\n", " ").strip());
    }

    @Test
    void pausesAfterTheTextOnlyWhenSomeoneIsReading() {
      java.io.StringWriter out = new java.io.StringWriter();
      Pager reading = new Pager(new java.io.PrintWriter(out), p -> java.util.Optional.of("q"), 24);
      Pager piped = new Pager(new java.io.PrintWriter(out), p -> java.util.Optional.empty(), 0);

      assertFalse(reading.pause("Enter to start"));
      assertTrue(piped.pause("Enter to start"));
    }

    @Test
    void printsStraightThroughWhenPiped() {
      assertEquals("READ:1 2 3 4 5 6 7", page(0));
    }
  }

  @Nested
  class Wrapping {
    @Test
    void breaksBetweenWordsWithinTheWidth() {
      List<String> lines = Pager.wrap("one two three four five six", 10, "  ");

      assertEquals(List.of("  one two", "  three", "  four", "  five six"), lines);
    }
  }
}
