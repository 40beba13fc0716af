package org.motifworkbench.app.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestRequestRunnerTest {

  private final ManualBackgroundRunner background = new ManualBackgroundRunner();
  private final LatestRequestRunner latest = new LatestRequestRunner(background);
  private final List<String> shown = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();

  @Test
  void theLatestRequestWinsWhicheverFinishesFirst() {
    latest.run("first", () -> "first", shown::add, f -> failures.add(f.getMessage()));
    latest.run("second", () -> "second", shown::add, f -> failures.add(f.getMessage()));

    background.runPending(1); // the second finishes first
    background.runPending(0); // then the first, superseded one

    assertEquals(List.of("second"), shown);
    assertEquals(List.of(), failures);
  }

  @Test
  void aSupersededResultIsDroppedAndCanBeReleased() {
    List<String> released = new ArrayList<>();
    latest.begin().run("old model", () -> "old", shown::add, f -> failures.add("x"), released::add);
    latest.run("new model", () -> "new", shown::add, f -> failures.add("x"));

    background.runPending(0);
    background.runPending(0);

    assertEquals(List.of("new"), shown);
    assertEquals(List.of("old"), released);
  }

  @Test
  void aFailureOfTheLatestRequestIsReportedOnce() {
    latest.<String>run(
        "reading",
        () -> {
          throw new IOException("disk gone");
        },
        shown::add,
        f -> failures.add(f.getMessage()));

    background.runPending(0);

    assertEquals(List.of("disk gone"), failures);
    assertEquals(List.of(), shown);
  }

  @Test
  void aFailureOfASupersededRequestIsNotReported() {
    latest.<String>run(
        "old",
        () -> {
          throw new IOException("old failure");
        },
        shown::add,
        f -> failures.add(f.getMessage()));
    latest.run("new", () -> "new", shown::add, f -> failures.add(f.getMessage()));

    background.runPending(0);
    background.runPending(0);

    assertEquals(List.of(), failures);
    assertEquals(List.of("new"), shown);
  }

  @Test
  void supersedeDropsWorkStillRunning() {
    LatestRequestRunner.Request request =
        latest.run("explaining", () -> "explanation", shown::add, f -> failures.add("x"));
    assertTrue(request.isLatest());

    latest.supersede(); // e.g. the model was replaced
    background.runPending(0);

    assertFalse(request.isLatest(), "progress of the dropped request is no longer shown");
    assertEquals(List.of(), shown);
    assertEquals(List.of(), failures);
  }

  @Test
  void requestsOfTwoRunnersDoNotSupersedeEachOther() {
    LatestRequestRunner other = new LatestRequestRunner(background);
    latest.run("prediction", () -> "scores", shown::add, f -> failures.add("x"));
    other.run("explanation", () -> "saliency", shown::add, f -> failures.add("x"));

    background.runPending(0);
    background.runPending(0);

    assertEquals(List.of("scores", "saliency"), shown);
  }
}
