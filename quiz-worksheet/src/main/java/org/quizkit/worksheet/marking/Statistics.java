package org.quizkit.worksheet.marking;

import java.util.OptionalDouble;

/** The one statistic item analysis needs beyond a mean. */
final class Statistics {
  private Statistics() {}

  /**
   * Pearson's correlation coefficient of paired samples; empty for fewer than three pairs or when
   * either side does not vary (the coefficient is then undefined).
   */
  static OptionalDouble pearson(double[] x, double[] y) {
    int n = x.length;
    if (n < 3) {
      return OptionalDouble.empty();
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx < 1e-12 || syy < 1e-12) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(sxy / Math.sqrt(sxx * syy));
  }
}
