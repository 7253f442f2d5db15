package org.quizkit.scorm;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Hides a question's key in the player's data until the learner has answered: the bank JSON of the
 * question, each byte masked by a byte drawn from the question's view id, in Base64. This keeps the
 * key out of the page and out of sight of a learner who glances at the data; it is not security
 * (the player must unmask it to give feedback, so anyone who reads the script can too). The player
 * script ({@code player.js}, {@code unmask}) undoes it the same way.
 */
final class KeyCodec {
  private KeyCodec() {}

  static String mask(String viewId, String json) {
    return Base64.getEncoder().encodeToString(xor(viewId, json.getBytes(StandardCharsets.UTF_8)));
  }

  static String unmask(String viewId, String masked) {
    return new String(xor(viewId, Base64.getDecoder().decode(masked)), StandardCharsets.UTF_8);
  }

  private static byte[] xor(String viewId, byte[] bytes) {
    byte[] out = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      int mask = (viewId.charAt(i % viewId.length()) * 7 + i * 13) & 0xff;
      out[i] = (byte) (bytes[i] ^ mask);
    }
    return out;
  }
}
