package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quizkit.cli.Quiz.quiz;

import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTests {
  private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");

  @Test
  void servesTheLearnerOnLoopbackAtThePrintedAddressUntilStopped(@TempDir Path data)
      throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Context context = quiz().context(out, err);
    AtomicInteger code = new AtomicInteger(-1);
    Thread serving =
        new Thread(
            () ->
                code.set(
                    new Main(context)
                        .run(
                            "serve", "--port", "0", "--seed", "3", "--data-dir", data.toString())));
    serving.start();
    Matcher url = URL.matcher("");
    for (int i = 0; i < 300 && !url.find(); i++) {
      Thread.sleep(50);
      synchronized (out) {
        url = URL.matcher(out.toString());
      }
    }
    assertTrue(url.find(0), () -> "no address printed: " + out + err);
    HttpResponse<String> home =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("<main id=\"main\""), home.body());
    serving.interrupt();
    serving.join(10_000);
    assertEquals(0, code.get(), () -> out + "\n" + err);
    assertTrue(Files.isDirectory(data.resolve("serve-sessions")), "sessions kept in --data-dir");
  }

  @Test
  void refusesAPortOutOfRange() {
    Quiz.Result result = quiz().run("serve", "--port", "70000");
    assertEquals(2, result.code(), result::toString);
    assertEquals("quiz serve: --port must be from 0 to 65535, not 70000\n", result.err());
  }
}
