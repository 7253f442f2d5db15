package org.quizkit.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * A form filled in and submitted as a browser does, by jsoup: ticks radios and checkboxes, picks
 * options of selects, types into text boxes, then sends the successful controls ({@link
 * FormElement#formData()}) as a server library gives them, name to values.
 */
final class Browser {
  private final FormElement form;

  Browser(String formHtml) {
    this.form = (FormElement) Jsoup.parseBodyFragment(formHtml).selectFirst("form");
  }

  /** Ticks the radio or checkbox {@code name} = {@code value}; false when the form has none. */
  boolean tick(String name, String value) {
    for (Element input : form.select("input[name]")) {
      if (input.attr("name").equals(name) && input.val().equals(value)) {
        if (input.attr("type").equals("radio")) {
          for (Element other : form.select("input[type=radio]")) {
            if (other.attr("name").equals(name)) {
              other.removeAttr("checked");
            }
          }
        }
        input.attr("checked", true);
        return true;
      }
    }
    return false;
  }

  /** Picks {@code value} in the select {@code name}; false when there is no such option. */
  boolean pick(String name, String value) {
    for (Element select : form.select("select[name]")) {
      if (select.attr("name").equals(name)) {
        boolean found = false;
        for (Element option : select.select("option")) {
          option.removeAttr("selected");
          if (option.val().equals(value)) {
            option.attr("selected", true);
            found = true;
          }
        }
        return found;
      }
    }
    return false;
  }

  /**
   * Types {@code text} into the text box {@code name}, as the browser keeps it (no line breaks).
   */
  boolean type(String name, String text) {
    for (Element input : form.select("input[type=text]")) {
      if (input.attr("name").equals(name)) {
        input.val(text.replace("\r", "").replace("\n", ""));
        return true;
      }
    }
    return false;
  }

  /** What the browser posts. */
  Map<String, List<String>> submit() {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    form.formData()
        .forEach(kv -> fields.computeIfAbsent(kv.key(), k -> new ArrayList<>()).add(kv.value()));
    return fields;
  }

  FormElement form() {
    return form;
  }
}
