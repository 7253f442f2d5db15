package org.quizkit.cli;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.quizkit.content.QuizContent;
import org.quizkit.content.learner.Masteries;
import org.quizkit.content.module.LearningModule;
import org.quizkit.content.module.Mastery;
import org.quizkit.core.drill.Style;
import org.quizkit.core.schedule.Memory;
import org.quizkit.core.schedule.Streak;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code quiz progress}: how far the learner has got. */
@Command(
    name = "progress",
    description = "Show your progress in each module and what is due for review.",
    footerHeading = "%nJSON output (--format json), version 1:%n",
    footer = {
      "  {\"format\": \"quizkit-progress\", \"version\": 1, \"learner\": NAME,",
      "   \"at\": ISO-8601 instant of the report,",
      "   \"modules\": [{\"id\", \"title\", \"units\": facts in the module,",
      "                 \"mastered\": facts whose latest answer was fully right,",
      "                 \"share\": mastered / units, \"threshold\": share needed,",
      "                 \"reached\": true or false}, ... in teaching order],",
      "   \"facts\": {\"studied\": facts answered at least once, \"due\": facts due now,",
      "             \"nextDue\": ISO-8601 instant of the next fact to fall due, or null}}",
      "  A new version number means a field was removed or changed;",
      "  new fields may be added without one."
    })
final class ProgressCommand implements Callable<Integer> {
  /** A fact missed this often is one the learner keeps missing (a leech, as Anki says). */
  static final int LEECH_MISSES = 3;

  private final Context context;

  /** Columns to fit the text report to, read when the command runs. */
  private int width = Columns.PLAIN_WIDTH;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Option(
      names = "--format",
      paramLabel = "F",
      converter = ReportFormat.Converter.class,
      completionCandidates = ReportFormat.Converter.class,
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  ReportFormat format;

  @Option(
      names = "--facts",
      description =
          "List every fact you have studied: its state, how often you missed it, when it is due.")
  boolean facts;

  @Mixin PlainOption plain;
  @Mixin DatasetOption dataset;
  @Mixin DataDirOption dataDir;
  @Mixin LearnerOption learner;

  ProgressCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    QuizContent content = dataset.content(context);
    String name = learner.resolve(context.env());
    Instant now = context.clock().instant();
    try (Progress progress = Progress.forReading(dataDir.database(context.env()), name)) {
      Masteries masteries = Masteries.of(content, progress.attempts());
      Map<String, Memory> memories = progress.memories();
      int due = progress.due(now).size();
      Optional<Instant> next = progress.nextDue();
      if (format == ReportFormat.JSON) {
        context.out().println(json(name, now, masteries, memories.size(), due, next));
      } else {
        width = Columns.of(context);
        text(name, now, masteries, memories.size(), due, next);
        if (!memories.isEmpty()) {
          history(progress, memories, now);
        }
      }
    }
    return 0;
  }

  private void text(
      String name, Instant now, Masteries masteries, int studied, int due, Optional<Instant> next) {
    Style style = Interaction.printStyle(context, plain.plain());
    say("Progress of " + name);
    say("");
    say("Mastery per module:");
    MasteryLines.of(masteries, style, width).forEach(context.out()::println);
    say("");
    if (studied == 0) {
      say("Facts: none studied yet. Start with: quiz learn");
      return;
    }
    say("Facts due for review:");
    say(
        "    "
            + Bar.of((double) due / studied, style)
            + "  "
            + due
            + " of "
            + studied
            + " facts studied are due now");
    if (due > 0) {
      say("Review them with: quiz review");
    } else {
      next.ifPresent(at -> say("Next due: " + When.describe(at, now, When.zone(context))));
    }
  }

  /** Study days in a row, the facts missed again and again, and with --facts every fact. */
  private void history(Progress progress, Map<String, Memory> memories, Instant now) {
    java.time.ZoneId zone = When.zone(context);
    Streak streak = Streak.of(progress.attempts().stream().map(a -> a.at()).toList(), now, zone);
    say("");
    say(
        "Study days: "
            + streak.studyDays()
            + "; "
            + streak.days()
            + (streak.days() == 1 ? " day" : " days")
            + " in a row; "
            + streak.today()
            + (streak.today() == 1 ? " answer" : " answers")
            + " today.");
    Map<String, Integer> overrides = new java.util.TreeMap<>();
    long overridden = 0;
    for (org.quizkit.core.progress.Attempt attempt : progress.attempts()) {
      if (attempt.overridden()) {
        overridden++;
        attempt.facts().forEach(fact -> overrides.merge(fact, 1, Integer::sum));
      }
    }
    if (overridden > 0) {
      say(
          overridden
              + (overridden == 1 ? " answer" : " answers")
              + " you marked right yourself (r after a typed answer).");
    }
    Map<String, Integer> misses = new java.util.TreeMap<>();
    for (org.quizkit.core.progress.Attempt attempt : progress.attempts()) {
      if (attempt.score() < 1) {
        attempt.facts().forEach(fact -> misses.merge(fact, 1, Integer::sum));
      }
    }
    List<Map.Entry<String, Integer>> leeches =
        misses.entrySet().stream()
            .filter(e -> e.getValue() >= LEECH_MISSES && memories.containsKey(e.getKey()))
            .sorted(
                java.util.Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                    .thenComparing(Map.Entry::getKey))
            .toList();
    if (!leeches.isEmpty()) {
      say("Facts you keep missing:");
      for (Map.Entry<String, Integer> leech : leeches) {
        say(
            "- "
                + leech.getKey()
                + ": missed "
                + leech.getValue()
                + " times; due "
                + When.describe(memories.get(leech.getKey()).due(), now, zone));
      }
    }
    if (facts) {
      say("Your facts (fact, state, missed, due):");
      memories.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              e ->
                  say(
                      "- "
                          + e.getKey()
                          + "  "
                          + e.getValue().phase().name().toLowerCase(java.util.Locale.ROOT)
                          + "  "
                          + misses.getOrDefault(e.getKey(), 0)
                          + "  "
                          + When.describe(e.getValue().due(), now, zone)
                          + markedRight(overrides.getOrDefault(e.getKey(), 0))));
    } else {
      say("Every fact you studied, with when it is due: quiz progress --facts");
    }
  }

  /** Prints {@code line} broken between words to fit the width. */
  private void say(String line) {
    Columns.fit(line, width).forEach(context.out()::println);
  }

  private static String markedRight(int times) {
    return switch (times) {
      case 0 -> "";
      case 1 -> "  (marked right by you once)";
      default -> "  (marked right by you " + times + " times)";
    };
  }

  private static String json(
      String name, Instant now, Masteries masteries, int studied, int due, Optional<Instant> next) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode();
    root.put("format", "quizkit-progress");
    root.put("version", 1);
    root.put("learner", name);
    root.put("at", now.toString());
    ArrayNode modules = root.putArray("modules");
    List<LearningModule> list = masteries.modules();
    for (int i = 0; i < list.size(); i++) {
      LearningModule module = list.get(i);
      Mastery mastery = masteries.of(i);
      ObjectNode node = modules.addObject();
      node.put("id", module.id());
      node.put("title", module.title());
      node.put("units", mastery.units());
      node.put("mastered", mastery.mastered());
      node.put("share", mastery.share());
      node.put("threshold", mastery.threshold());
      node.put("reached", mastery.reached());
    }
    ObjectNode facts = root.putObject("facts");
    facts.put("studied", studied);
    facts.put("due", due);
    if (next.isPresent()) {
      facts.put("nextDue", next.get().toString());
    } else {
      facts.putNull("nextDue");
    }
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }
}
