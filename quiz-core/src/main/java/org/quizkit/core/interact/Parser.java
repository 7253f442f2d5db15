package org.quizkit.core.interact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * Reads one typed line as an answer to a question. Never throws on any input: every mistake becomes
 * an {@link Reply.Invalid} whose hint names the mistake, then says what is expected.
 */
final class Parser implements Question.Cases<Reply> {
  private static final int QUOTE_LIMIT = 20;

  private final String line;
  private final String lower;
  private final String expected;
  private final Symbols symbols;

  /** {@code line} is stripped and not empty. */
  Parser(String line, String expected, Symbols symbols) {
    this.line = line;
    this.lower = line.toLowerCase(Locale.ROOT);
    this.expected = expected;
    this.symbols = symbols;
  }

  @Override
  public Reply singleChoice(SingleChoice question) {
    Letters letters = letters(question.options());
    if (letters.problem != null) {
      return byWords(question.options()).orElse(letters.problem);
    }
    if (letters.ids.size() != 1) {
      return invalid("Only one letter is wanted; you typed " + letters.ids.size() + ".");
    }
    return new Reply.Answer(new Response.Choice(Set.copyOf(letters.ids)));
  }

  @Override
  public Reply multipleResponse(MultipleResponse question) {
    Letters letters = letters(question.options());
    if (letters.problem != null) {
      return byWords(question.options()).orElse(letters.problem);
    }
    return new Reply.Answer(new Response.Choice(Set.copyOf(letters.ids)));
  }

  @Override
  public Reply trueFalse(TrueFalse question) {
    switch (lower) {
      case "t":
      case "true":
      case "y":
      case "yes":
        return new Reply.Answer(new Response.Judgement(true));
      case "f":
      case "false":
      case "n":
      case "no":
        return new Reply.Answer(new Response.Judgement(false));
      default:
        return invalid(quote(line) + " is neither true nor false.");
    }
  }

  @Override
  public Reply matching(Matching question) {
    List<Option> premises = question.premises();
    List<Option> choices = question.choices();
    Map<String, String> pairs = new LinkedHashMap<>();
    Set<Integer> usedChoices = new LinkedHashSet<>();
    int at = 0;
    while (true) {
      at = skipSeparators(at);
      if (at >= lower.length()) {
        break;
      }
      int digitsEnd = at;
      while (digitsEnd < lower.length() && isDigit(lower.charAt(digitsEnd))) {
        digitsEnd++;
      }
      if (digitsEnd == at) {
        return invalid("Expected a number at " + quote(lower.substring(at)) + ".");
      }
      String digits = lower.substring(at, digitsEnd);
      int number = digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
      int next = skipSpaces(digitsEnd);
      if (next < lower.length() && "-:=.)".indexOf(lower.charAt(next)) >= 0) {
        next = skipSpaces(next + 1);
      }
      if (next >= lower.length() || !isLetter(lower.charAt(next))) {
        return invalid("Number " + digits + " needs a letter after it.");
      }
      char letter = lower.charAt(next);
      at = next + 1;
      if (at < lower.length() && isLetter(lower.charAt(at))) {
        return invalid("Give one letter per number, at " + quote(lower.substring(next)) + ".");
      }
      if (number < 1 || number > premises.size()) {
        return invalid("There is no number " + digits + ".");
      }
      int choice = OptionLetters.indexOf(letter, choices.size());
      if (choice < 0) {
        return invalid("There is no choice " + letter + ".");
      }
      String premise = premises.get(number - 1).id();
      if (pairs.containsKey(premise)) {
        return invalid("Number " + number + " is matched twice.");
      }
      if (!usedChoices.add(choice)) {
        return invalid("Letter " + letter + " is used twice.");
      }
      pairs.put(premise, choices.get(choice).id());
    }
    for (int i = 0; i < premises.size(); i++) {
      if (!pairs.containsKey(premises.get(i).id())) {
        return invalid("Number " + (i + 1) + " has no letter.");
      }
    }
    return new Reply.Answer(new Response.Pairs(pairs));
  }

  @Override
  public Reply ordering(Ordering question) {
    List<Option> items = question.items();
    Letters letters = letters(items);
    if (letters.problem != null) {
      return letters.problem;
    }
    if (letters.ids.size() < items.size()) {
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if (!letters.ids.contains(items.get(i).id())) {
          missing.add(String.valueOf(OptionLetters.letter(i)));
        }
      }
      return invalid("Missing: " + String.join(" ", missing) + ".");
    }
    return new Reply.Answer(new Response.Sequence(letters.ids));
  }

  @Override
  public Reply shortAnswer(ShortAnswer question) {
    return new Reply.Answer(new Response.Text(line));
  }

  /**
   * The one option whose words the learner typed instead of its letter ("bones" for "The bones"):
   * the typed words, in any case and without punctuation, are the option's text or a run of whole
   * words in it, and in no other option's. Only tried when the line does not read as letters.
   */
  private java.util.Optional<Reply> byWords(List<Option> options) {
    String typed = words(line);
    if (typed.length() < 2) {
      return java.util.Optional.empty();
    }
    Option found = null;
    for (Option option : options) {
      String text = words(option.text());
      if (text.equals(typed) || (" " + text + " ").contains(" " + typed + " ")) {
        if (found != null) {
          return java.util.Optional.empty();
        }
        found = option;
      }
    }
    return found == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(new Reply.Answer(new Response.Choice(Set.of(found.id()))));
  }

  private static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** Option ids for the letters typed, in typed order, or the problem with them. */
  private record Letters(List<String> ids, Reply.Invalid problem) {}

  private Letters letters(List<Option> options) {
    List<String> ids = new ArrayList<>();
    Set<Integer> seen = new LinkedHashSet<>();
    int at = 0;
    while (true) {
      at = skipSeparators(at);
      if (at >= lower.length()) {
        return new Letters(List.copyOf(ids), null);
      }
      int codePoint = lower.codePointAt(at);
      if (codePoint > 'z' || !isLetter((char) codePoint)) {
        return new Letters(null, invalid(shown(codePoint) + " is not a letter."));
      }
      char letter = (char) codePoint;
      int index = OptionLetters.indexOf(letter, options.size());
      if (index < 0) {
        return new Letters(null, invalid("There is no option " + letter + "."));
      }
      if (!seen.add(index)) {
        return new Letters(null, invalid("Letter " + letter + " is typed twice."));
      }
      ids.add(options.get(index).id());
      at++;
    }
  }

  private int skipSeparators(int at) {
    while (at < lower.length() && isSeparator(lower.charAt(at))) {
      at++;
    }
    return at;
  }

  private int skipSpaces(int at) {
    while (at < lower.length() && Character.isWhitespace(lower.charAt(at))) {
      at++;
    }
    return at;
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || c == ',' || c == ';' || c == '(' || c == ')';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  private Reply.Invalid invalid(String problem) {
    return new Reply.Invalid(problem + " " + expected);
  }

  /** A typed fragment for a hint, cut short and with control characters made visible. */
  private String quote(String text) {
    int length = text.codePointCount(0, text.length());
    String cut =
        length > QUOTE_LIMIT
            ? text.substring(0, text.offsetByCodePoints(0, QUOTE_LIMIT)) + symbols.ellipsis()
            : text;
    StringBuilder out = new StringBuilder();
    cut.codePoints()
        .forEach(c -> out.append(Character.isISOControl(c) ? shown(c) : Character.toString(c)));
    return symbols.quote(out.toString());
  }

  private String shown(int codePoint) {
    if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
      return String.format("U+%04X", codePoint);
    }
    return symbols.quote(Character.toString(codePoint));
  }
}
