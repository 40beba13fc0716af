package org.motifworkbench.evaluation;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Writes and reads the JSON form of a {@link MetricsSummary} (keys documented on {@link
 * ClassificationMetrics}). NaN is written as null and read back as NaN.
 */
final class MetricsJson {

  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().create();

  private MetricsJson() {}

  static String write(MetricsSummary s) {
    JsonObject root = new JsonObject();
    root.add("classes", GSON.toJsonTree(s.classNames()));
    root.addProperty("n", s.n());
    root.add("accuracy", number(s.accuracy()));
    root.add("precision", byClass(s, ClassMetrics::precision, AveragedMetrics::precision));
    root.add("recall", byClass(s, ClassMetrics::recall, AveragedMetrics::recall));
    root.add("f1", byClass(s, ClassMetrics::f1, AveragedMetrics::f1));
    JsonObject support = new JsonObject();
    s.perClass().forEach(m -> support.addProperty(m.className(), m.support()));
    root.add("support", support);
    if (s.isBinary()) {
      root.addProperty("positive_class", s.aucScores().get(0).className());
    }
    root.add("roc_auc", auc(s, AucScores::rocAuc));
    root.add("pr_auc", auc(s, AucScores::averagePrecision));
    root.add("pr_auc_baseline", auc(s, AucScores::baseline));
    JsonObject matrix = new JsonObject();
    matrix.add("labels", GSON.toJsonTree(s.confusionMatrix().labels()));
    matrix.add("matrix", GSON.toJsonTree(s.confusionMatrix().counts()));
    root.add("confusion_matrix", matrix);
    return GSON.toJson(root);
  }

  private static JsonElement number(double value) {
    return Double.isFinite(value) ? new JsonPrimitive(value) : JsonNull.INSTANCE;
  }

  private static JsonObject byClass(
      MetricsSummary s,
      ToDoubleFunction<ClassMetrics> perClass,
      ToDoubleFunction<AveragedMetrics> averaged) {
    JsonObject o = new JsonObject();
    s.perClass().forEach(m -> o.add(m.className(), number(perClass.applyAsDouble(m))));
    o.add("macro", number(averaged.applyAsDouble(s.macroAverage())));
    o.add("weighted", number(averaged.applyAsDouble(s.weightedAverage())));
    return o;
  }

  private static JsonElement auc(MetricsSummary s, ToDoubleFunction<AucScores> value) {
    if (s.isBinary()) {
      return number(value.applyAsDouble(s.aucScores().get(0)));
    }
    JsonObject o = new JsonObject();
    s.aucScores().forEach(a -> o.add(a.className(), number(value.applyAsDouble(a))));
    o.add("macro", number(value.applyAsDouble(AucScores.macro(s.aucScores()))));
    return o;
  }

  static MetricsSummary read(String json) {
    try {
      return read(JsonParser.parseString(json).getAsJsonObject());
    } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
      throw new IllegalArgumentException("not valid metrics JSON: " + e.getMessage(), e);
    }
  }

  private static MetricsSummary read(JsonObject root) {
    List<String> classes = strings(get(root, "classes").getAsJsonArray());
    int n = get(root, "n").getAsInt();
    JsonObject p = get(root, "precision").getAsJsonObject();
    JsonObject r = get(root, "recall").getAsJsonObject();
    JsonObject f = get(root, "f1").getAsJsonObject();
    JsonObject support = get(root, "support").getAsJsonObject();
    List<ClassMetrics> perClass = new ArrayList<>();
    for (String c : classes) {
      perClass.add(
          new ClassMetrics(c, num(p, c), num(r, c), num(f, c), get(support, c).getAsInt()));
    }
    return new MetricsSummary(
        classes,
        n,
        num(root, "accuracy"),
        perClass,
        new AveragedMetrics(num(p, "macro"), num(r, "macro"), num(f, "macro"), n),
        new AveragedMetrics(num(p, "weighted"), num(r, "weighted"), num(f, "weighted"), n),
        readAuc(root, classes),
        readMatrix(get(root, "confusion_matrix").getAsJsonObject()));
  }

  private static List<AucScores> readAuc(JsonObject root, List<String> classes) {
    if (classes.size() == 2) {
      return List.of(
          new AucScores(
              // Files written before "positive_class" was recorded ranked the second class.
              root.has("positive_class")
                  ? root.get("positive_class").getAsString()
                  : classes.get(1),
              num(root, "roc_auc"),
              num(root, "pr_auc"),
              num(root, "pr_auc_baseline")));
    }
    JsonObject roc = get(root, "roc_auc").getAsJsonObject();
    JsonObject pr = get(root, "pr_auc").getAsJsonObject();
    JsonObject base = get(root, "pr_auc_baseline").getAsJsonObject();
    List<AucScores> out = new ArrayList<>();
    for (String c : classes) {
      out.add(new AucScores(c, num(roc, c), num(pr, c), num(base, c)));
    }
    return out;
  }

  private static ConfusionMatrix readMatrix(JsonObject o) {
    List<String> labels = strings(get(o, "labels").getAsJsonArray());
    JsonArray rows = get(o, "matrix").getAsJsonArray();
    int[][] counts = new int[rows.size()][];
    for (int t = 0; t < counts.length; t++) {
      JsonArray row = rows.get(t).getAsJsonArray();
      counts[t] = new int[row.size()];
      for (int c = 0; c < counts[t].length; c++) {
        counts[t][c] = row.get(c).getAsInt();
      }
    }
    return new ConfusionMatrix(labels, counts);
  }

  private static List<String> strings(JsonArray array) {
    List<String> out = new ArrayList<>();
    array.forEach(e -> out.add(e.getAsString()));
    return out;
  }

  private static JsonElement get(JsonObject o, String key) {
    JsonElement e = o.get(key);
    if (e == null) {
      throw new IllegalArgumentException("metrics JSON has no '" + key + "' key");
    }
    return e;
  }

  private static double num(JsonObject o, String key) {
    JsonElement e = get(o, key);
    return e.isJsonNull() ? Double.NaN : e.getAsDouble();
  }
}
