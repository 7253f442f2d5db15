package org.quizkit.web.page;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quizkit.web.page.Shown.Labelled;

/**
 * One question as an HTML form: a fieldset whose legend is the question's number and stem, the
 * instructions and any hint tied to it with {@code aria-describedby}, one labelled input per
 * option, item or premise, and a submit button. Fields posted before (with a hint) are filled in
 * again.
 */
final class FormHtml {
  static final String SUBMIT = "Check answer";

  private final Shown shown;
  private final Form form;
  private final Optional<String> hint;
  private final Map<String, List<String>> posted;
  private final Html html = new Html();

  FormHtml(Shown shown, Form form, Optional<String> hint, Map<String, List<String>> posted) {
    this.shown = shown;
    this.form = form;
    this.hint = hint;
    this.posted = posted;
  }

  /** What to do, for each kind: shown under the legend and read with every input. */
  static String instructions(Shown shown) {
    switch (shown.kind()) {
      case SINGLE_CHOICE:
        return "Choose one option.";
      case MULTIPLE_RESPONSE:
        return "Choose every option that applies.";
      case TRUE_FALSE:
        return "Choose true or false.";
      case MATCHING:
        return "Choose a match for each numbered item, each match once.";
      case ORDERING:
        return "Give each item a place from 1 (first) to "
            + shown.items().size()
            + " (last), each place once.";
      case SHORT_ANSWER:
        return "Type your answer.";
    }
    throw new AssertionError(shown.kind());
  }

  String render() {
    String how = shown.elementId("how");
    String hintId = shown.elementId("hint");
    html.raw("<form class=\"question\" method=\"post\"")
        .attr("action", form.action())
        .attr("data-question", shown.id())
        .raw(">\n");
    html.raw("<input type=\"hidden\" name=\"question\"").attr("value", shown.id()).raw(">\n");
    if (!form.csrfToken().isEmpty()) {
      html.raw("<input type=\"hidden\" name=\"csrf\"").attr("value", form.csrfToken()).raw(">\n");
    }
    html.raw("<fieldset")
        .attr("aria-describedby", hint.isPresent() ? how + " " + hintId : how)
        .raw(">\n<legend><span class=\"count\">Question ")
        .raw(String.valueOf(shown.number()))
        .raw(" of ")
        .raw(String.valueOf(shown.total()))
        .raw("</span> <span class=\"stem\">")
        .text(shown.stem())
        .raw("</span></legend>\n");
    html.raw("<p class=\"how\"").attr("id", how).raw(">").text(instructions(shown)).raw("</p>\n");
    if (hint.isPresent()) {
      html.raw("<p class=\"hint\" role=\"alert\" tabindex=\"-1\"")
          .attr("id", hintId)
          .raw("><strong>Not yet:</strong> ")
          .text(hint.get())
          .raw("</p>\n");
    }
    switch (shown.kind()) {
      case SINGLE_CHOICE:
        choices("radio", "selected", shown.options());
        break;
      case MULTIPLE_RESPONSE:
        choices("checkbox", "selected", shown.options());
        break;
      case TRUE_FALSE:
        choices(
            "radio",
            "answer",
            List.of(new Labelled("true", "True"), new Labelled("false", "False")));
        break;
      case MATCHING:
        selects("pair.", shown.premises(), shown.choices(), true, "Choose a match");
        break;
      case ORDERING:
        selects("place.", shown.items(), places(shown.items().size()), false, "Choose a place");
        break;
      case SHORT_ANSWER:
        text();
        break;
    }
    html.raw("</fieldset>\n<button type=\"submit\">").text(SUBMIT).raw("</button>\n</form>\n");
    return html.toString();
  }

  /** Radios or checkboxes; true/false shows no letters. */
  private void choices(String type, String name, List<Labelled> options) {
    boolean lettered = shown.kind() != org.quizkit.core.question.Kind.TRUE_FALSE;
    List<String> given = posted.getOrDefault(name, List.of());
    html.raw("<ul class=\"options\">\n");
    for (Labelled option : options) {
      String id = shown.elementId(name + "-" + option.label());
      html.raw("<li><input")
          .attr("type", type)
          .attr("name", name)
          .attr("value", option.label())
          .attr("id", id)
          .flag("checked", given.contains(option.label()))
          .raw(invalid())
          .raw("><label")
          .attr("for", id)
          .raw(">");
      if (lettered) {
        html.raw("<span class=\"label\">").text(option.label()).raw(".</span> ");
      }
      html.text(option.text()).raw("</label></li>\n");
    }
    html.raw("</ul>\n");
  }

  /** A labelled select per premise or item, with an empty first option; choices lettered. */
  private void selects(
      String prefix,
      List<Labelled> rows,
      List<Labelled> values,
      boolean lettered,
      String emptyWords) {
    html.raw("<ul class=\"rows\">\n");
    for (Labelled row : rows) {
      String name = prefix + row.label();
      String id = shown.elementId(name);
      String given = first(name);
      html.raw("<li><label")
          .attr("for", id)
          .raw("><span class=\"label\">")
          .text(row.label())
          .raw(".</span> ")
          .text(row.text())
          .raw("</label> <select")
          .attr("name", name)
          .attr("id", id)
          .raw(invalid())
          .raw(">\n<option value=\"\">")
          .text(emptyWords)
          .raw("</option>\n");
      for (Labelled value : values) {
        html.raw("<option")
            .attr("value", value.label())
            .flag("selected", value.label().equals(given))
            .raw(">");
        if (lettered) {
          html.text(value.label()).raw(". ");
        }
        html.text(value.text()).raw("</option>\n");
      }
      html.raw("</select></li>\n");
    }
    html.raw("</ul>\n");
  }

  private void text() {
    String id = shown.elementId("text");
    html.raw("<p class=\"typed\"><label")
        .attr("for", id)
        .raw(">Your answer</label> <input type=\"text\" name=\"text\"")
        .attr("id", id)
        .attr("value", first("text"))
        .attr("maxlength", String.valueOf(FieldReader.MAX_TEXT))
        .raw(" autocomplete=\"off\" autocapitalize=\"none\" spellcheck=\"false\"")
        .raw(invalid())
        .raw("></p>\n");
  }

  /** With a hint: marks each input invalid and ties the hint to it. */
  private String invalid() {
    return hint.isPresent()
        ? " aria-invalid=\"true\" aria-describedby=\"" + Html.escape(shown.elementId("hint")) + "\""
        : "";
  }

  private String first(String name) {
    List<String> values = posted.getOrDefault(name, List.of());
    return values.isEmpty() ? "" : values.get(0);
  }

  private static List<Labelled> places(int n) {
    return java.util.stream.IntStream.rangeClosed(1, n)
        .mapToObj(i -> new Labelled(String.valueOf(i), String.valueOf(i)))
        .toList();
  }
}
