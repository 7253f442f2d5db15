package org.quizkit.web.page;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Where a question's form posts to, and the session's token against cross-site request forgery.
 *
 * @param action the form's {@code action} URL (a path such as {@code /practice/answer}, or {@code
 *     #} for a player that reads the form in script)
 * @param csrfToken the value of the hidden {@code csrf} field; empty leaves the field out (the
 *     SCORM player has no server to forge requests to)
 */
public record Form(String action, String csrfToken) {
  public Form {
    checkNotNull(action, "action");
    checkNotNull(csrfToken, "csrfToken");
  }
}
