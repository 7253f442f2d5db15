package org.quizkit.serve;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.quizkit.content.QuizContent;
import org.quizkit.core.question.Question;
import org.quizkit.core.seed.Seeds;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browser test's server ({@code web-check/serve.js}): {@code quiz serve} on a free port with
 * seeds from {@code SEED}, printing its address; then, for the test alone, a learner who knows the
 * answers: each line {@code key COOKIE} on standard input is answered on standard output with the
 * form fields (JSON) that answer the session's current question fully right. Test code only: the
 * server itself tells no key to anyone before the answer.
 *
 * <p>Arguments: DATA-DIR SEED [DAYS]: DAYS puts the server's clock that many days ahead, as if the
 * learner came back later.
 */
public final class ServeLauncher {
  private ServeLauncher() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    long seed = Long.parseLong(args[1]);
    Clock clock =
        Clock.offset(
            Clock.systemUTC(), Duration.ofDays(args.length > 2 ? Long.parseLong(args[2]) : 0));
    QuizContent content = QuizContent.builtIn();
    AtomicLong next = new AtomicLong();
    try (QuizServer server =
        QuizServer.builder()
            .content(content)
            .dataDirectory(data)
            .learner("web-check")
            .port(0)
            .seeds(() -> Seeds.derive(seed, next.getAndIncrement()))
            .clock(clock)
            .build()
            .start()) {
      System.out.println("Learn in your browser at " + server.uri());
      System.out.flush();
      JsonMapper json = JsonMapper.builder().build();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.startsWith("key ")) {
          continue;
        }
        String cookie = line.substring(4).strip();
        Run run =
            new Sessions(data.resolve(QuizServer.SESSIONS), clock)
                .find(cookie)
                .orElseThrow()
                .run()
                .orElseThrow();
        Flows flows = new Flows(content, new Store(data.resolve("oracle.db"), "x"), clock);
        String viewId = flows.current(run).orElseThrow();
        Question question = flows.delivered(run).question(viewId).orElseThrow();
        List<Map.Entry<String, String>> fields = Answers.key(question);
        System.out.println(
            json.writeValueAsString(
                fields.stream().map(e -> List.of(e.getKey(), e.getValue())).toList()));
        System.out.flush();
      }
    }
  }
}
