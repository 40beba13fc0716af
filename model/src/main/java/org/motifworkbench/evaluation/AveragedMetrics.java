package org.motifworkbench.evaluation;

import java.util.List;

/**
 * Precision, recall and F1 averaged over classes, with the total support. Macro averages weigh
 * every class equally; weighted averages weigh each class by its support.
 */
public record AveragedMetrics(double precision, double recall, double f1, int support) {

  /** The unweighted mean over classes (a class with no examples still counts, with its zeros). */
  public static AveragedMetrics macro(List<ClassMetrics> classes) {
    double p = 0;
    double r = 0;
    double f = 0;
    int support = 0;
    for (ClassMetrics m : classes) {
      p += m.precision();
      r += m.recall();
      f += m.f1();
      support += m.support();
    }
    int k = classes.size();
    return new AveragedMetrics(p / k, r / k, f / k, support);
  }

  /** The mean over classes weighted by support; all zero when the total support is zero. */
  public static AveragedMetrics weighted(List<ClassMetrics> classes) {
    double p = 0;
    double r = 0;
    double f = 0;
    int support = 0;
    for (ClassMetrics m : classes) {
      p += m.precision() * m.support();
      r += m.recall() * m.support();
      f += m.f1() * m.support();
      support += m.support();
    }
    if (support == 0) {
      return new AveragedMetrics(0, 0, 0, 0);
    }
    return new AveragedMetrics(p / support, r / support, f / support, support);
  }
}
