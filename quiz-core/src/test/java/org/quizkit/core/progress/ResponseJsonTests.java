package org.quizkit.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quizkit.core.response.Response;

/**
 * The JSON a response is stored as: compact, keys in a fixed order, so that databases written
 * before and after a change of writer hold the same text, and it reads back as the same response.
 */
class ResponseJsonTests {
  @Test
  void storesEveryKindAsCompactJsonThatReadsBackTheSame() {
    Map<String, String> pairs = new LinkedHashMap<>();
    pairs.put("2", "b");
    pairs.put("1", "a\"q");
    List<Response> responses =
        List.of(
            new Response.Choice(new LinkedHashSet<>(List.of("lung", "bone"))),
            new Response.Judgement(false),
            new Response.Pairs(pairs),
            new Response.Sequence(List.of("c", "a", "b")),
            new Response.Text("the \"bones\", ünïcode\n"));
    List<String> expected =
        List.of(
            "{\"kind\":\"choice\",\"selected\":[\"bone\",\"lung\"]}",
            "{\"kind\":\"judgement\",\"value\":false}",
            "{\"kind\":\"pairs\",\"pairs\":{\"2\":\"b\",\"1\":\"a\\\"q\"}}",
            "{\"kind\":\"sequence\",\"order\":[\"c\",\"a\",\"b\"]}",
            "{\"kind\":\"text\",\"text\":\"the \\\"bones\\\", ünïcode\\n\"}");

    for (int i = 0; i < responses.size(); i++) {
      String json = ResponseJson.write(responses.get(i));
      assertEquals(expected.get(i), json);
      assertEquals(responses.get(i), ResponseJson.read(json));
    }
  }

  @Test
  void storesFactIdsAsAJsonArrayInOrder() {
    String json = ResponseJson.writeIds(List.of("breast>bone", "lung>brain"));

    assertEquals("[\"breast>bone\",\"lung>brain\"]", json);
    assertEquals(List.of("breast>bone", "lung>brain"), ResponseJson.readIds(json));
  }
}
