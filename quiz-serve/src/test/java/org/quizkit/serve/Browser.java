package org.quizkit.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without script: keeps the session cookie, follows nothing on its own. */
final class Browser {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private URI base;
  String cookie = "";

  Browser(URI base) {
    this.base = base;
  }

  void at(URI newBase) {
    this.base = newBase;
  }

  /** A response: status, body and headers. */
  record Page(int status, String body, Map<String, List<String>> headers) {
    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of()).stream()
          .findFirst()
          .orElse("");
    }

    String csrf() {
      Matcher m = CSRF.matcher(body);
      assertTrue(m.find(), () -> "no csrf field in " + body);
      return m.group(1);
    }
  }

  Page get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  /** GETs {@code path}, following redirects as a browser does. */
  Page open(String path) {
    Page page = get(path);
    for (int i = 0; i < 5 && page.status() == 303; i++) {
      page = get(page.header("location"));
    }
    return page;
  }

  Page post(String path, List<Map.Entry<String, String>> fields) {
    String body =
        fields.stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** POSTs, then follows a 303 as a browser does. */
  Page submit(String path, List<Map.Entry<String, String>> fields) {
    Page page = post(path, fields);
    return page.status() == 303 ? open(page.header("location")) : page;
  }

  private Page send(HttpRequest.Builder request) {
    if (!cookie.isEmpty()) {
      request.header("Cookie", Routes.COOKIE + "=" + cookie);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      response
          .headers()
          .firstValue("set-cookie")
          .ifPresent(set -> cookie = set.substring(set.indexOf('=') + 1, set.indexOf(';')));
      return new Page(response.statusCode(), response.body(), response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
