package org.quizkit.serve;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One browser's session: its token against cross-site request forgery and the run it has open.
 *
 * @param id the random id the cookie holds
 * @param csrf the random token every form of the session posts back
 * @param run the practice, learning round or review open, if any
 */
record Session(String id, String csrf, Optional<Run> run) {
  Session {
    checkNotNull(id, "id");
    checkNotNull(csrf, "csrf");
    checkNotNull(run, "run");
  }

  Session with(Run newRun) {
    return new Session(id, csrf, Optional.of(newRun));
  }

  Session withoutRun() {
    return new Session(id, csrf, Optional.empty());
  }
}
