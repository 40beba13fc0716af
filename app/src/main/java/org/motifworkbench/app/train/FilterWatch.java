package org.motifworkbench.app.train;

import java.util.List;
import org.motifworkbench.interpret.LeadingFilters;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.training.BatchProgress;
import org.motifworkbench.training.EpochResult;
import org.motifworkbench.training.TrainingData;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.workflow.TrainingWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the network's first-layer filters at every epoch end, on the training thread (between
 * epochs no gradient is being recorded), and passes the leading filter motifs on with the epoch's
 * result. A fixed sample of training sequences keeps the cost to a few percent of an epoch.
 */
final class FilterWatch implements TrainingListener {

  /** Filters shown in the strip. */
  static final int SHOWN = 8;

  private static final Logger LOG = LoggerFactory.getLogger(FilterWatch.class);

  private final TrainingFeed feed;
  private final SequenceClassifier classifier;
  private final List<String> sample;
  private boolean failed;

  private FilterWatch(TrainingFeed feed, SequenceClassifier classifier, List<String> sample) {
    this.feed = feed;
    this.classifier = classifier;
    this.sample = sample;
  }

  /** A listener factory for the workflow: the feed's events plus the filters at each epoch end. */
  static TrainingWorkflow.ListenerFactory around(TrainingFeed feed) {
    return (SequenceClassifier classifier, TrainingData train) ->
        new FilterWatch(
            feed, classifier, LeadingFilters.sample(train.sequences(), LeadingFilters.SAMPLE_SIZE));
  }

  @Override
  public void batchFinished(BatchProgress progress) {
    feed.batchFinished(progress);
  }

  @Override
  public void epochFinished(EpochResult result) {
    if (!failed) {
      try {
        feed.filters(
            new FilterSnapshot(
                result.epoch(), LeadingFilters.of(classifier, sample, SHOWN), sample.size()));
      } catch (RuntimeException e) {
        failed = true; // the strip is a bonus: training goes on without it
        LOG.warn("Could not compute the filter motifs during training", e);
      }
    }
    feed.epochFinished(result);
  }

  @Override
  public void stoppedEarly(int epoch, int bestEpoch) {
    feed.stoppedEarly(epoch, bestEpoch);
  }
}
