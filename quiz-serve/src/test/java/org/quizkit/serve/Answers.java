package org.quizkit.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.quizkit.core.QuizEngine;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;

/** Form fields a test posts: a complete answer read off the page, or the key. */
final class Answers {
  private Answers() {}

  /** The csrf and question fields of the question form on {@code html}. */
  static List<Map.Entry<String, String>> hidden(String html) {
    Element form = Jsoup.parse(html).selectFirst("form[action=/quiz/answer]");
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    for (Element input : form.select("input[type=hidden]")) {
      fields.add(Map.entry(input.attr("name"), input.attr("value")));
    }
    return fields;
  }

  /** A complete answer, not necessarily right: the first choice of each input on the page. */
  static List<Map.Entry<String, String>> some(String html) {
    Document page = Jsoup.parse(html);
    Element form = page.selectFirst("form[action=/quiz/answer]");
    List<Map.Entry<String, String>> fields = hidden(html);
    Element radio = form.selectFirst("input[type=radio]");
    if (radio != null) {
      fields.add(Map.entry(radio.attr("name"), radio.attr("value")));
    }
    Element box = form.selectFirst("input[type=checkbox]");
    if (box != null) {
      fields.add(Map.entry(box.attr("name"), box.attr("value")));
    }
    Element text = form.selectFirst("input[type=text]");
    if (text != null) {
      fields.add(Map.entry(text.attr("name"), "bones"));
    }
    // Each place and each match once: the i-th select takes the i-th choice.
    int index = 0;
    for (Element select : form.select("select")) {
      List<Element> options =
          select.select("option").stream().filter(o -> !o.attr("value").isEmpty()).toList();
      fields.add(Map.entry(select.attr("name"), options.get(index++).attr("value")));
    }
    return fields;
  }

  /** The csrf and question fields of the form on {@code html}, and the key of {@code question}. */
  static List<Map.Entry<String, String>> key(Question question, String html) {
    List<Map.Entry<String, String>> fields = hidden(html);
    fields.addAll(key(question));
    return fields;
  }

  /** The key of {@code question} (as the view shows it) as the form's answer fields. */
  static List<Map.Entry<String, String>> key(Question question) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    Response key = QuizEngine.keyResponse(question);
    question.accept(
        new Question.Cases<Void>() {
          @Override
          public Void singleChoice(SingleChoice q) {
            choices(q.options(), (Response.Choice) key, fields);
            return null;
          }

          @Override
          public Void multipleResponse(MultipleResponse q) {
            choices(q.options(), (Response.Choice) key, fields);
            return null;
          }

          @Override
          public Void trueFalse(TrueFalse q) {
            fields.add(Map.entry("answer", String.valueOf(((Response.Judgement) key).value())));
            return null;
          }

          @Override
          public Void matching(Matching q) {
            Map<String, String> pairs = ((Response.Pairs) key).pairs();
            for (int i = 0; i < q.premises().size(); i++) {
              String choice = pairs.get(q.premises().get(i).id());
              fields.add(Map.entry("pair." + (i + 1), letter(indexOf(q.choices(), choice))));
            }
            return null;
          }

          @Override
          public Void ordering(Ordering q) {
            List<String> order = ((Response.Sequence) key).order();
            for (int i = 0; i < q.items().size(); i++) {
              fields.add(
                  Map.entry(
                      "place." + letter(i),
                      String.valueOf(order.indexOf(q.items().get(i).id()) + 1)));
            }
            return null;
          }

          @Override
          public Void shortAnswer(ShortAnswer q) {
            fields.add(Map.entry("text", ((Response.Text) key).text()));
            return null;
          }
        });
    return fields;
  }

  private static void choices(
      List<Option> options, Response.Choice key, List<Map.Entry<String, String>> fields) {
    for (int i = 0; i < options.size(); i++) {
      if (key.selected().contains(options.get(i).id())) {
        fields.add(Map.entry("selected", letter(i)));
      }
    }
  }

  private static int indexOf(List<Option> options, String id) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no option " + id);
  }

  private static String letter(int index) {
    return String.valueOf((char) ('a' + index));
  }
}
