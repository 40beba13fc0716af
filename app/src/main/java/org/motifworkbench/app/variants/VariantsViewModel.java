package org.motifworkbench.app.variants;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.background.LatestRequestRunner;
import org.motifworkbench.app.background.ProgressRelay;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.figure.NucleotidePalette;
import org.motifworkbench.genome.ReferenceGenome;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.CancelledException;
import org.motifworkbench.progress.ProgressListener;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.variants.EffectCounts;
import org.motifworkbench.variants.EffectsTsv;
import org.motifworkbench.variants.VariantEffect;
import org.motifworkbench.variants.VariantScorer;
import org.motifworkbench.variants.VcfReader;
import org.motifworkbench.variants.VcfVariant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Variants view shows and does: the genome and VCF chosen, scoring off the UI thread with
 * progress and cancel, the effects as rows filtered by status, and the explanation of the clicked
 * variant (latest click wins). No controls: tested without the FX toolkit.
 */
public final class VariantsViewModel {

  /** The status filter's first choice: every row. */
  public static final String ALL = "All statuses";

  private static final Logger LOG = LoggerFactory.getLogger(VariantsViewModel.class);

  private final Supplier<ModelBundle> model;
  private final BackgroundRunner runner;
  private final Executor uiThread;
  private final LatestRequestRunner scorings;
  private final LatestRequestRunner explanations;
  private final ObjectProperty<Path> genome = new SimpleObjectProperty<>(this, "genome");
  private final ObjectProperty<Path> vcf = new SimpleObjectProperty<>(this, "vcf");
  private final BooleanProperty bothStrands = new SimpleBooleanProperty(this, "bothStrands");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
  private final ReadOnlyObjectWrapper<VariantComparison> comparison =
      new ReadOnlyObjectWrapper<>(this, "comparison");
  private final ObjectProperty<NucleotidePalette> palette =
      new SimpleObjectProperty<>(this, "palette", NucleotidePalette.STANDARD);
  private final StringProperty statusFilter = new SimpleStringProperty(this, "statusFilter", ALL);
  private final ObservableList<String> statuses = FXCollections.observableArrayList(ALL);
  private final ObservableList<VariantRow> rows = FXCollections.observableArrayList();
  private final FilteredList<VariantRow> shown = new FilteredList<>(rows);
  private final BooleanBinding canScore;
  private List<VariantEffect> effects = List.of();
  private Path scoredGenome;
  private int scoredClass;
  private ModelBundle scoredModel;
  private CancellationToken token;

  /**
   * @param model the current model, or null while there is none
   * @param engineRunner runs scoring and explanations (model work: the engine thread in the app)
   * @param uiThread where progress is handed over ({@code Platform::runLater} in the app)
   */
  public VariantsViewModel(
      Supplier<ModelBundle> model, BackgroundRunner engineRunner, Executor uiThread) {
    this.model = model;
    this.runner = engineRunner;
    this.uiThread = uiThread;
    this.scorings = new LatestRequestRunner(engineRunner);
    this.explanations = new LatestRequestRunner(engineRunner);
    canScore = genome.isNotNull().and(vcf.isNotNull()).and(busy.not());
    statusFilter.addListener((obs, old, now) -> refilter());
  }

  public ObjectProperty<Path> genomeProperty() {
    return genome;
  }

  public ObjectProperty<Path> vcfProperty() {
    return vcf;
  }

  public BooleanProperty bothStrandsProperty() {
    return bothStrands;
  }

  /** Genome and VCF chosen, nothing scoring. */
  public BooleanBinding canScoreBinding() {
    return canScore;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /**
   * What the last scoring found: counts per status, REF mismatches, missing contigs; or why not.
   */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** About the clicked variant: being explained, not scored and why, or what went wrong. */
  public ReadOnlyStringProperty noteProperty() {
    return note.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<VariantComparison> comparisonProperty() {
    return comparison.getReadOnlyProperty();
  }

  /** The nucleotide colours of the figures (the lead binds it to the workspace's). */
  public ObjectProperty<NucleotidePalette> paletteProperty() {
    return palette;
  }

  public StringProperty statusFilterProperty() {
    return statusFilter;
  }

  /** {@link #ALL} and each status that occurred. */
  public ObservableList<String> statuses() {
    return statuses;
  }

  /** The rows the status filter lets through, in the VCF's order. */
  public ObservableList<VariantRow> rows() {
    return shown;
  }

  /** Every row of the last scoring. */
  public List<VariantEffect> effects() {
    return effects;
  }

  private void refilter() {
    String status = statusFilter.get();
    shown.setPredicate(
        status == null || status.equals(ALL) ? r -> true : r -> r.status().equals(status));
  }

  /** Scores the VCF against the genome with the current model. */
  public void score() {
    ModelBundle bundle = model.get();
    if (!canScore.get()) {
      return;
    }
    if (bundle == null) {
      summary.set("Train or open a model first: the variants are scored with it.");
      return;
    }
    Path genomeFile = genome.get();
    Path vcfFile = vcf.get();
    VariantScorer.Options options =
        VariantScorer.Options.forClasses(bundle.classifier().classNames(), null, bothStrands.get());
    CancellationToken cancel = new CancellationToken();
    token = cancel;
    busy.set(true);
    progress.set(0);
    summary.set("Scoring the variants of " + vcfFile.getFileName() + "\u2026");
    LatestRequestRunner.Request request = scorings.begin();
    ProgressListener relay =
        new ProgressRelay(
            uiThread,
            (fraction, message) -> {
              if (request.isLatest() && busy.get() && !cancel.isCancelled()) {
                progress.set(fraction);
              }
            });
    request.run(
        "Scoring " + vcfFile.getFileName(),
        () -> {
          List<VcfVariant> variants = VcfReader.readAll(vcfFile);
          try (ReferenceGenome reference = ReferenceGenome.open(genomeFile)) {
            return VariantScorer.score(
                bundle.classifier(), reference, variants, options, relay, cancel);
          }
        },
        result -> {
          busy.set(false);
          progress.set(1);
          scoredGenome = genomeFile;
          scoredModel = bundle;
          scoredClass = options.classIndex();
          show(result, bundle.classifier().classNames().get(options.classIndex()));
        },
        failure -> {
          busy.set(false);
          progress.set(0);
          if (failure instanceof CancelledException) {
            summary.set("Cancelled: the variants were not scored.");
          } else if (failure instanceof InvalidInputException
              || failure instanceof IllegalArgumentException) {
            summary.set(failure.getMessage());
          } else {
            LOG.error("Scoring the variants failed", failure);
            summary.set(
                "The variants could not be scored: "
                    + failure.getMessage()
                    + ". The details are in the log.");
          }
        });
  }

  /** Asks the running scoring to stop at its next batch. */
  public void cancel() {
    CancellationToken running = token;
    if (busy.get() && running != null) {
      running.cancel();
      summary.set("Cancelling\u2026");
    }
  }

  private void show(List<VariantEffect> result, String className) {
    effects = List.copyOf(result);
    EffectCounts counts = new EffectCounts();
    counts.add(result);
    List<String> seen = new ArrayList<>(List.of(ALL));
    counts.counts().keySet().forEach(s -> seen.add(s.label()));
    statuses.setAll(seen);
    if (!seen.contains(statusFilter.get())) {
      statusFilter.set(ALL);
    }
    rows.setAll(result.stream().map(VariantRow::new).toList());
    comparison.set(null);
    StringBuilder text =
        new StringBuilder(
            counts.summary() + " (class '" + className + "', delta = alt \u2212 ref).");
    if (counts.mismatchLines() > 0) {
      text.append(" REF differs from the genome on ")
          .append(counts.mismatchLines())
          .append(" lines (another genome build?), first: ")
          .append(counts.mismatchExamples().get(0))
          .append('.');
    }
    for (String hint : counts.missingContigHints()) {
      text.append(' ').append(hint);
    }
    summary.set(text.toString());
  }

  /** Explains the clicked row's variant: reference and alternative saliency, mutagenesis. */
  public void select(VariantRow row) {
    if (row == null) {
      return;
    }
    VariantEffect effect = row.effect();
    if (!effect.scored()) {
      explanations.supersede();
      comparison.set(null);
      note.set(
          row.position()
              + " "
              + row.change()
              + " was not scored: "
              + effect.status().label()
              + (effect.detail().isEmpty() ? "" : " (" + effect.detail() + ")")
              + ".");
      return;
    }
    ModelBundle bundle = scoredModel;
    Path genomeFile = scoredGenome;
    int classIndex = scoredClass;
    if (bundle == null) {
      return;
    }
    note.set("Explaining " + row.position() + " " + row.change() + "\u2026");
    explanations.run(
        "Explaining " + row.position(),
        () -> VariantComparison.compute(bundle.classifier(), genomeFile, effect, classIndex),
        result -> {
          comparison.set(result);
          note.set(
              row.position()
                  + " "
                  + row.change()
                  + ": "
                  + VariantComparison.METHOD.title().toLowerCase(Locale.ROOT)
                  + " of the reference (top) and the alternative (below), on one scale;"
                  + " in-silico mutagenesis of the reference.");
        },
        failure -> {
          comparison.set(null);
          LOG.error("Explaining a variant failed", failure);
          note.set("The variant could not be explained: " + failure.getMessage());
        });
  }

  /**
   * Forgets every result computed with the previous model: call when the current model is replaced
   * or released. A running scoring is cancelled and its result dropped; rows and figures go.
   */
  public void modelReplaced() {
    CancellationToken running = token;
    if (running != null) {
      running.cancel();
    }
    scorings.supersede();
    explanations.supersede();
    busy.set(false);
    progress.set(0);
    effects = List.of();
    scoredModel = null;
    rows.clear();
    statuses.setAll(ALL);
    statusFilter.set(ALL);
    comparison.set(null);
    note.set("");
    summary.set("");
  }

  /** Writes every row (whatever the filter) as the effects table, off the UI thread. */
  public void saveEffects(Path file, Runnable done, Consumer<Throwable> failed) {
    List<VariantEffect> all = effects;
    runner.run(
        "Saving " + file.getFileName(),
        () -> {
          EffectsTsv.write(file, all);
          return file;
        },
        saved -> done.run(),
        failed);
  }

  /** True when there are rows to save. */
  public BooleanBinding canSaveBinding() {
    return Bindings.isEmpty(rows).not().and(busy.not());
  }
}
