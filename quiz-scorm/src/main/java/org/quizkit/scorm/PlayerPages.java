package org.quizkit.scorm;

import static com.google.common.base.Preconditions.checkState;

import java.util.List;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.web.page.Form;
import org.quizkit.web.page.Frame;
import org.quizkit.web.page.Pages;

/**
 * The player's page and question forms, from quiz-web's {@link Pages}: the same markup as {@code
 * quiz serve}, with the stylesheet and script beside the page, and the player's own scripts at the
 * end of the body.
 */
final class PlayerPages {
  private static final Pages PAGES = Pages.create();

  /** The scripts the player adds, in the order they must run. */
  static final List<String> PLAYER_SCRIPTS =
      List.of(PackageWriter.DATA, PackageWriter.SCORING, PackageWriter.PLAYER);

  private PlayerPages() {}

  static String index(String title) {
    String page =
        PAGES.document(
            new Frame(title, "", List.of()),
            "<div id=\"quizkit-player\">\n<p>Loading the quiz.</p>\n"
                + "<noscript><p>This quiz runs in your browser and needs JavaScript, which is"
                + " turned off.</p></noscript>\n</div>\n");
    int end = page.lastIndexOf("</body>");
    checkState(end >= 0, "quiz-web's page has no </body>");
    StringBuilder scripts = new StringBuilder();
    for (String script : PLAYER_SCRIPTS) {
      scripts.append("<script src=\"").append(script).append("\"></script>\n");
    }
    return page.substring(0, end) + scripts + page.substring(end);
  }

  static String form(DeliveredQuiz delivered, String viewId) {
    return PAGES.questionForm(delivered, viewId, new Form("#", ""));
  }

  static String stylesheet() {
    return PAGES.stylesheet();
  }

  static String script() {
    return PAGES.script();
  }
}
