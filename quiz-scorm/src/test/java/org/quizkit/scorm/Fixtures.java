package org.quizkit.scorm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.quizkit.content.QuizContent;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.export.ExportOptions;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.question.TypedAnswerNote;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Questions, packages and answers for the tests of this package. */
final class Fixtures {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final QuizContent CONTENT = QuizContent.builtIn();

  private Fixtures() {}

  /**
   * {@code each} questions of every kind from the built-in bank under {@code seed}, kind by kind.
   */
  static List<Question> everyKind(long seed, int each) {
    List<Question> bank = CONTENT.bank(seed);
    List<Question> chosen = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      bank.stream().filter(q -> q.kind() == kind).limit(each).forEach(chosen::add);
    }
    return chosen;
  }

  static byte[] write(Scorm scorm, List<? extends Question> questions, ExportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      scorm.write(questions, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The entries of a zip, in the order stored. */
  static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  static String text(Map<String, byte[]> entries, String name) {
    return new String(entries.get(name), StandardCharsets.UTF_8);
  }

  /** The player's data object of a package. */
  static ObjectNode data(Map<String, byte[]> entries) {
    String script = text(entries, PackageWriter.DATA);
    String prefix = "window.QUIZKIT_SCORM = ";
    return (ObjectNode) JSON.readTree(script.substring(prefix.length(), script.lastIndexOf(';')));
  }

  /** The quiz the package delivers: the questions under the options' seed, as PackageWriter. */
  static DeliveredQuiz delivered(List<Question> questions, long seed) {
    return DeliveredQuiz.of(
        new Quiz(QuizSpec.builder().count(questions.size()).seed(seed).build(), questions, 0));
  }

  private static String letter(int i) {
    return String.valueOf((char) ('a' + i));
  }

  private static String labelOf(List<Option> shown, String id, boolean numbered) {
    for (int i = 0; i < shown.size(); i++) {
      if (shown.get(i).id().equals(id)) {
        return numbered ? String.valueOf(i + 1) : letter(i);
      }
    }
    throw new IllegalArgumentException("no option " + id);
  }

  /** The key as a response by labels, for a question whose options are in the order shown. */
  static ObjectNode keyResponse(Question question) {
    ObjectNode r = JSON.createObjectNode();
    question.accept(
        new Question.Cases<Void>() {
          @Override
          public Void singleChoice(SingleChoice q) {
            r.putArray("selected").add(labelOf(q.options(), q.correct(), false));
            return null;
          }

          @Override
          public Void multipleResponse(MultipleResponse q) {
            ArrayNode selected = r.putArray("selected");
            q.correct().forEach(id -> selected.add(labelOf(q.options(), id, false)));
            return null;
          }

          @Override
          public Void trueFalse(TrueFalse q) {
            r.put("answer", q.answer());
            return null;
          }

          @Override
          public Void matching(Matching q) {
            ObjectNode pairs = r.putObject("pairs");
            q.key()
                .forEach(
                    (p, c) ->
                        pairs.put(labelOf(q.premises(), p, true), labelOf(q.choices(), c, false)));
            return null;
          }

          @Override
          public Void ordering(Ordering q) {
            ArrayNode order = r.putArray("order");
            q.order().forEach(id -> order.add(labelOf(q.items(), id, false)));
            return null;
          }

          @Override
          public Void shortAnswer(ShortAnswer q) {
            r.put("text", q.keyed().get(0));
            return null;
          }
        });
    return r;
  }

  /**
   * A response by labels that the player's forms can give (every field filled): the key now and
   * then, else random choices, and for typed answers accepted, noted and rival answers, typos,
   * lists, articles, capitals, accents and noise.
   */
  static ObjectNode randomResponse(Question question, Random random) {
    if (random.nextInt(5) == 0) {
      return keyResponse(question);
    }
    ObjectNode r = JSON.createObjectNode();
    question.accept(
        new Question.Cases<Void>() {
          @Override
          public Void singleChoice(SingleChoice q) {
            r.putArray("selected").add(letter(random.nextInt(q.options().size())));
            return null;
          }

          @Override
          public Void multipleResponse(MultipleResponse q) {
            ArrayNode selected = r.putArray("selected");
            int n = q.options().size();
            int first = random.nextInt(n);
            for (int i = 0; i < n; i++) {
              if (i == first || random.nextBoolean()) {
                selected.add(letter(i));
              }
            }
            return null;
          }

          @Override
          public Void trueFalse(TrueFalse q) {
            r.put("answer", random.nextBoolean());
            return null;
          }

          @Override
          public Void matching(Matching q) {
            ObjectNode pairs = r.putObject("pairs");
            for (int i = 0; i < q.premises().size(); i++) {
              pairs.put(String.valueOf(i + 1), letter(random.nextInt(q.choices().size())));
            }
            return null;
          }

          @Override
          public Void ordering(Ordering q) {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < q.items().size(); i++) {
              labels.add(letter(i));
            }
            Collections.shuffle(labels, random);
            ArrayNode order = r.putArray("order");
            labels.forEach(order::add);
            return null;
          }

          @Override
          public Void shortAnswer(ShortAnswer q) {
            r.put("text", typed(q, random));
            return null;
          }
        });
    return r;
  }

  private static final List<String> NOISE =
      List.of(
          "bones",
          "the lungs",
          "Liver!",
          "lymph-nodes",
          "brain and",
          "&",
          "xyz",
          "Lüngs",
          "ＬＩＶＥＲ",
          "ovaries, and bones",
          "a bone",
          "spleen / liver",
          "AND");

  private static String typed(ShortAnswer q, Random random) {
    List<String> known = new ArrayList<>(q.accepted());
    for (TypedAnswerNote note : q.notes()) {
      known.addAll(note.answers());
    }
    List<String> rivals = q.rivals();
    String pick =
        switch (random.nextInt(8)) {
          case 0, 1 -> known.get(random.nextInt(known.size()));
          case 2 -> rivals.isEmpty() ? "none" : rivals.get(random.nextInt(rivals.size()));
          case 3 -> typo(known.get(random.nextInt(known.size())), random);
          case 4 ->
              rivals.isEmpty() ? "x" : typo(rivals.get(random.nextInt(rivals.size())), random);
          case 5 -> NOISE.get(random.nextInt(NOISE.size()));
          default -> {
            String a = known.get(random.nextInt(known.size()));
            String b =
                random.nextBoolean() || rivals.isEmpty()
                    ? known.get(random.nextInt(known.size()))
                    : rivals.get(random.nextInt(rivals.size()));
            yield a + List.of(" and ", ", ", "; ", " & ", "/").get(random.nextInt(5)) + b;
          }
        };
    return switch (random.nextInt(5)) {
      case 0 -> "The " + pick.toUpperCase(java.util.Locale.ROOT) + ".";
      case 1 -> pick.replace("e", "é");
      default -> pick;
    };
  }

  private static String typo(String word, Random random) {
    if (word.length() < 2) {
      return word + "s";
    }
    int at = random.nextInt(word.length() - 1);
    char[] c = word.toCharArray();
    return switch (random.nextInt(4)) {
      case 0 -> word.substring(0, at) + word.substring(at + 1);
      case 1 -> word.substring(0, at) + "q" + word.substring(at);
      case 2 -> word.substring(0, at) + "z" + word.substring(at + 1);
      default -> {
        char t = c[at];
        c[at] = c[at + 1];
        c[at + 1] = t;
        yield new String(c);
      }
    };
  }
}
