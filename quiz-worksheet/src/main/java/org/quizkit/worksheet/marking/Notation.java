package org.quizkit.worksheet.marking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;

/**
 * Reads one answer as a teacher copies it from a sheet, in the sheet's own notation, into the
 * response the engine scores: {@code B} (one box), {@code A C} (several boxes), {@code T} or {@code
 * F}, {@code 1b 2a} (matching: item number and letter; or {@code b a} in item order), {@code c a b}
 * (ordering: letters in slot order), or the words written. Letters refer to the order the options
 * are printed in on that version; case, commas and extra spaces do not matter. A blank cell is no
 * answer, which earns nothing.
 */
final class Notation {
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
  private static final Pattern PAIR = Pattern.compile("(\\d+)\\s*[-:=.]?\\s*([A-Za-z])");

  /** A cell that does not read as an answer to its question; the message says why. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  private Notation() {}

  /**
   * The response a cell gives, or empty for a blank cell.
   *
   * @param number the question's number on the sheet, for messages
   * @throws Unreadable naming the part of the cell at fault and what the question takes
   */
  static Optional<Response> read(Question question, int number, String cell) throws Unreadable {
    String text = cell.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(question.accept(new Reader(number, text)));
    } catch (UncheckedUnreadable e) {
      throw e.cause;
    }
  }

  static String letter(int index) {
    return String.valueOf((char) ('A' + index));
  }

  private static final class UncheckedUnreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Unreadable cause;

    UncheckedUnreadable(String message) {
      super(message, null, false, false);
      this.cause = new Unreadable(message);
    }
  }

  private static final class Reader implements Question.Cases<Response> {
    private final int number;
    private final String text;

    Reader(int number, String text) {
      this.number = number;
      this.text = text;
    }

    private UncheckedUnreadable wrong(String message) {
      return new UncheckedUnreadable(message);
    }

    private List<String> tokens() {
      List<String> tokens = new ArrayList<>();
      for (String token : SEPARATORS.split(text)) {
        if (!token.isEmpty()) {
          tokens.add(token);
        }
      }
      return tokens;
    }

    /** The option a one-letter token names. */
    private Option option(String token, List<Option> options, String what) {
      String range = "A to " + letter(options.size() - 1);
      if (token.length() != 1 || !Character.isLetter(token.charAt(0))) {
        throw wrong("'" + token + "' is not a letter " + range + " (" + what + " " + number + ")");
      }
      int index = Character.toUpperCase(token.charAt(0)) - 'A';
      if (index < 0 || index >= options.size()) {
        throw wrong("'" + token + "' is not an option of question " + number + " (" + range + ")");
      }
      return options.get(index);
    }

    private Response.Choice boxes(List<Option> options) {
      Set<String> selected = new LinkedHashSet<>();
      for (String token : tokens()) {
        for (String part : splitLetters(token)) {
          if (!selected.add(option(part, options, "question").id())) {
            throw wrong("'" + part + "' is ticked twice in question " + number);
          }
        }
      }
      return new Response.Choice(selected);
    }

    /** "AC" as "A C", so a teacher may type ticks without spaces; other tokens stay whole. */
    private List<String> splitLetters(String token) {
      if (token.length() > 1 && token.chars().allMatch(Character::isLetter)) {
        List<String> letters = new ArrayList<>();
        token.chars().forEach(c -> letters.add(String.valueOf((char) c)));
        return letters;
      }
      return List.of(token);
    }

    @Override
    public Response singleChoice(SingleChoice q) {
      return boxes(q.options());
    }

    @Override
    public Response multipleResponse(MultipleResponse q) {
      return boxes(q.options());
    }

    @Override
    public Response trueFalse(TrueFalse q) {
      String word = text.toLowerCase(Locale.ROOT);
      if (word.equals("t") || word.equals("true")) {
        return new Response.Judgement(true);
      }
      if (word.equals("f") || word.equals("false")) {
        return new Response.Judgement(false);
      }
      throw wrong("'" + text + "' is not T or F (question " + number + " is true or false)");
    }

    @Override
    public Response matching(Matching q) {
      List<String> tokens = tokens();
      Map<String, String> pairs = new LinkedHashMap<>();
      boolean positional = tokens.stream().allMatch(t -> t.length() == 1);
      if (positional) {
        if (tokens.size() > q.premises().size()) {
          throw wrong(
              "question "
                  + number
                  + " has "
                  + q.premises().size()
                  + " items to match, not "
                  + tokens.size());
        }
        for (int i = 0; i < tokens.size(); i++) {
          if (!tokens.get(i).equals("-") && !tokens.get(i).equals("_")) {
            pairs.put(
                q.premises().get(i).id(), option(tokens.get(i), q.choices(), "question").id());
          }
        }
        return new Response.Pairs(pairs);
      }
      Set<Integer> seen = new HashSet<>();
      for (String token : tokens) {
        Matcher pair = PAIR.matcher(token);
        if (!pair.matches()) {
          throw wrong(
              "'"
                  + token
                  + "' is not an item number and a letter such as 1B (question "
                  + number
                  + " is matching)");
        }
        int item = Integer.parseInt(pair.group(1));
        if (item < 1 || item > q.premises().size()) {
          throw wrong(
              "question " + number + " has items 1 to " + q.premises().size() + ", not " + item);
        }
        if (!seen.add(item)) {
          throw wrong("item " + item + " of question " + number + " is matched twice");
        }
        pairs.put(
            q.premises().get(item - 1).id(), option(pair.group(2), q.choices(), "question").id());
      }
      return new Response.Pairs(pairs);
    }

    @Override
    public Response ordering(Ordering q) {
      List<String> order = new ArrayList<>();
      List<String> letters = new ArrayList<>();
      for (String token : text.split("[\\s,;\\-]+")) {
        if (token.isEmpty()) {
          continue;
        }
        letters.addAll(splitLetters(token));
      }
      if (letters.size() > q.items().size()) {
        throw wrong(
            "question " + number + " has " + q.items().size() + " items, not " + letters.size());
      }
      for (String letter : letters) {
        String id = option(letter, q.items(), "question").id();
        if (order.contains(id)) {
          throw wrong("'" + letter + "' is put in two places in question " + number);
        }
        order.add(id);
      }
      return new Response.Sequence(order);
    }

    @Override
    public Response shortAnswer(ShortAnswer q) {
      return new Response.Text(text);
    }
  }
}
