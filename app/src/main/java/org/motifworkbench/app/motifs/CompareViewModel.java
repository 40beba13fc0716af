package org.motifworkbench.app.motifs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.background.LatestRequestRunner;
import org.motifworkbench.app.background.ProgressRelay;
import org.motifworkbench.motif.MemeFormat;
import org.motifworkbench.motif.Motif;
import org.motifworkbench.motif.MotifMatch;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.CancelledException;
import org.motifworkbench.sequence.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Compare a MEME file...": reads the motifs of a file the user brings (from MEME, HOMER, a paper)
 * and matches each against the Motifs screen's database the way {@code mwb match} does, in the
 * background with progress and cancel. The result is one card per query motif, with its best
 * matches.
 */
public final class CompareViewModel {

  private static final Logger LOG = LoggerFactory.getLogger(CompareViewModel.class);

  private final LatestRequestRunner comparisons;
  private final Executor uiThread;
  private final ObservableValue<MotifDatabase> database;
  private final int threads;

  private final ObservableList<MotifCard> results = FXCollections.observableArrayList();
  private final ObservableList<MotifCard> resultsView =
      FXCollections.unmodifiableObservableList(results);
  private final ReadOnlyStringWrapper queryFile = new ReadOnlyStringWrapper(this, "queryFile");
  private final ReadOnlyStringWrapper matchedAgainst = new ReadOnlyStringWrapper(this, "matched");
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "error");
  private CancellationToken currentToken;

  /**
   * @param runner reads the file and matches (no engine needed)
   * @param uiThread where progress from the background is handed over
   * @param database the database the Motifs screen matches against; null while there is none
   * @param threads how many threads the matching may use
   */
  public CompareViewModel(
      BackgroundRunner runner,
      Executor uiThread,
      ObservableValue<MotifDatabase> database,
      int threads) {
    this.comparisons = new LatestRequestRunner(runner);
    this.uiThread = uiThread;
    this.database = database;
    this.threads = Math.max(1, threads);
  }

  /** Reads {@code meme} and matches its motifs against the current database, in the background. */
  public void compare(Path meme) {
    MotifDatabase db = database.getValue();
    if (db == null) {
      fail(
          "There is no motif database to compare with. Choose one under \"Compare with known"
              + " motifs\" (the bundled JASPAR collection, say), wait until it has loaded, and"
              + " compare again.");
      return;
    }
    cancel();
    String name = meme.getFileName().toString();
    LatestRequestRunner.Request request = comparisons.begin();
    CancellationToken token = new CancellationToken();
    currentToken = token;
    errorMessage.set(null);
    results.clear();
    queryFile.set(name);
    matchedAgainst.set(db.name());
    running.set(true);
    progress.set(0);
    status.set("Reading " + name + "...");
    ProgressRelay relay =
        new ProgressRelay(
            uiThread,
            (fraction, message) -> {
              if (request.isLatest() && running.get()) {
                progress.set(fraction);
                status.set(message + "...");
              }
            });
    request.run(
        "comparing " + name,
        () -> {
          // the reader refuses a file without motifs, naming it
          List<Motif> queries = MemeFormat.read(meme).motifs();
          List<List<MotifMatch>> matches =
              db.matcher().matchAll(queries, MotifsViewModel.MATCHES_KEPT, threads, relay, token);
          List<MotifCard> cards = new ArrayList<>(queries.size());
          for (int i = 0; i < queries.size(); i++) {
            cards.add(MotifCard.query(queries.get(i), matches.get(i)));
          }
          return cards;
        },
        cards -> {
          running.set(false);
          progress.set(1);
          results.setAll(cards);
          status.set(summary(cards));
        },
        failure -> {
          running.set(false);
          progress.set(0);
          if (failure instanceof CancelledException) {
            status.set("Cancelled: the motifs of " + name + " were not compared.");
          } else {
            status.set("");
            fail(messageFor(meme, failure));
          }
        });
  }

  /** Asks the running comparison to stop after the motif it is comparing. */
  public void cancel() {
    if (running.get() && currentToken != null) {
      currentToken.cancel();
      status.set("Cancelling...");
    }
  }

  // The window's header names the file and the database; this line says what was found.
  private static String summary(List<MotifCard> cards) {
    long matched = cards.stream().filter(c -> !c.significantMatches(1).isEmpty()).count();
    return String.format(
        Locale.ROOT,
        "%d of %d %s a significant match (E <= %s). Click a motif for all its matches.",
        matched,
        cards.size(),
        cards.size() == 1 ? "motif has" : "motifs have",
        MotifCard.formatValue(MotifCard.SIGNIFICANT_E_VALUE));
  }

  private static String messageFor(Path meme, Throwable failure) {
    if (failure instanceof InvalidInputException || failure instanceof IllegalArgumentException) {
      LOG.info("Could not compare {}: {}", meme, failure.getMessage());
      // the message names the file (and line) already
      return "Could not compare the motifs: " + failure.getMessage();
    }
    LOG.warn("Comparing {} failed", meme, failure);
    return "Something went wrong while comparing "
        + meme
        + ": "
        + failure
        + ". The details are in the log; please report this as a bug.";
  }

  private void fail(String message) {
    errorMessage.set(null); // the same message twice must still be seen as a change
    errorMessage.set(message);
  }

  /** One card per query motif, in the file's order, each with its best matches. */
  public ObservableList<MotifCard> results() {
    return resultsView;
  }

  /** The name of the file compared last, or null before the first comparison. */
  public ReadOnlyStringProperty queryFileProperty() {
    return queryFile.getReadOnlyProperty();
  }

  /** The database the shown results were matched against. */
  public ReadOnlyStringProperty matchedAgainstProperty() {
    return matchedAgainst.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public boolean isRunning() {
    return running.get();
  }

  /** Fraction of the query motifs compared, 0..1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** What is happening or what was found, in a sentence. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The last problem to show the user; null when there is none. */
  public ReadOnlyStringProperty errorMessageProperty() {
    return errorMessage.getReadOnlyProperty();
  }
}
