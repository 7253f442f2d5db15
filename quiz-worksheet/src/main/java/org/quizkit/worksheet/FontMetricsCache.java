package org.quizkit.worksheet;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Font metrics measured for the first PDF of a call and reused by the rest, so each further
 * document skips reading the font's tables for layout. Lives as long as one {@link PdfPrinter}.
 */
final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {
  private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

  @Override
  public void put(String key, FSCacheValue value) {
    values.put(key, value);
  }

  @Override
  public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
    return values.computeIfAbsent(
        key,
        k -> {
          try {
            return loader.call();
          } catch (Exception e) {
            throw new IllegalStateException("cannot measure font " + k, e);
          }
        });
  }

  @Override
  public FSCacheValue get(String key) {
    return values.get(key);
  }
}
