package org.motifworkbench.app.runs;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.motifworkbench.project.RunRecord;
import org.motifworkbench.project.TestResult;

/**
 * The columns of the runs table: each a header, the text of a cell and the order it sorts by
 * (numbers as numbers, unknown values last when ascending).
 */
// each comparator is a stateless composition of method references: immutable in fact
@SuppressWarnings("ImmutableEnumChecker")
enum RunColumn {
  DATE("Date", "runDate", Comparator.comparing(RunColumn::createdAt)),
  NAME("Name", "runName", Comparator.comparing(RunRecord::name, NaturalOrder.INSTANCE)),
  DATA("Data", "runData", text(RunRecord::dataName)),
  SETTINGS("Preset and changed settings", "runSettings", text(RunTexts::settings)),
  EPOCHS("Epochs", "runEpochs", number(r -> r.epochs())),
  VALIDATION("Validation accuracy", "runValidation", number(RunRecord::validationAccuracy)),
  TEST_ACCURACY(
      "Test accuracy [95% CI]", "runTestAccuracy", number(r -> test(r, TestResult::accuracy))),
  TEST_ROC_AUC("Test ROC AUC [95% CI]", "runTestRocAuc", number(r -> test(r, TestResult::rocAuc))),
  CEILING("Best possible", "runCeiling", number(RunRecord::ceiling)),
  TIME("Time", "runTime", number(RunRecord::seconds)),
  BACKEND("Computed by", "runBackend", text(RunTexts::backend));

  private final String header;
  private final String id;
  private final Comparator<RunRecord> order;

  RunColumn(String header, String id, Comparator<RunRecord> order) {
    this.header = header;
    this.id = id;
    this.order = order.thenComparing(RunRecord::id);
  }

  String header() {
    return header;
  }

  /** The column's node id, e.g. "runTestAccuracy". */
  String id() {
    return id;
  }

  /** The order the column sorts by when ascending; ties by run id (time of the run). */
  Comparator<RunRecord> order() {
    return order;
  }

  /** The cell's text, dates in {@code zone}. */
  String text(RunRecord run, ZoneId zone) {
    return switch (this) {
      case DATE -> RunTexts.date(run, zone);
      case NAME -> run.name();
      case DATA -> run.dataName() == null ? "" : run.dataName();
      case SETTINGS -> RunTexts.settings(run);
      case EPOCHS -> RunTexts.epochs(run);
      case VALIDATION -> RunTexts.metric(run.validationAccuracy());
      case TEST_ACCURACY -> RunTexts.testAccuracy(run);
      case TEST_ROC_AUC -> RunTexts.testRocAuc(run);
      case CEILING -> RunTexts.metric(run.ceiling());
      case TIME -> RunTexts.duration(run.seconds());
      case BACKEND -> RunTexts.backend(run);
    };
  }

  private static String createdAt(RunRecord run) {
    return run.createdAt() == null ? "" : run.createdAt();
  }

  private static double test(RunRecord run, ToDoubleFunction<TestResult> metric) {
    return run.test() == null ? Double.NaN : metric.applyAsDouble(run.test());
  }

  /** Numbers in their order; NaN (unknown) after every number. */
  private static Comparator<RunRecord> number(ToDoubleFunction<RunRecord> value) {
    return (a, b) -> {
      double x = value.applyAsDouble(a);
      double y = value.applyAsDouble(b);
      if (Double.isNaN(x) || Double.isNaN(y)) {
        return Boolean.compare(Double.isNaN(x), Double.isNaN(y));
      }
      return Double.compare(x, y);
    };
  }

  private static Comparator<RunRecord> text(Function<RunRecord, String> value) {
    return Comparator.comparing(
        r -> value.apply(r) == null ? "" : value.apply(r), NaturalOrder.INSTANCE);
  }
}
