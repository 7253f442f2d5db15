/**
 * The topic-free quiz engine: questions, assembly, scoring, delivery to a browser, exports, the
 * progress store and its scheduling. Exports only the API packages (docs/api.md); the terminal
 * prompt ({@code interact}), the drill loop ({@code drill}) and the seed helpers ({@code seed}) are
 * internal to quizkit, for the {@code quiz} command, which runs them on the class path.
 */
module org.quizkit.core {
  requires transitive com.google.common;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires java.xml;

  exports org.quizkit.core;
  exports org.quizkit.core.assembly;
  exports org.quizkit.core.delivery;
  exports org.quizkit.core.diagnostic;
  exports org.quizkit.core.export;
  exports org.quizkit.core.progress;
  exports org.quizkit.core.question;
  exports org.quizkit.core.response;
  exports org.quizkit.core.schedule;
  exports org.quizkit.core.scoring;
  exports org.quizkit.core.session;
  // the question generators of quiz-content draw from the same seeded streams; not for others
  exports org.quizkit.core.seed to
      org.quizkit.content;
}
