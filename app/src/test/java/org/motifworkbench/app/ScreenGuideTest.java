package org.motifworkbench.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.motifworkbench.app.help.HelpGuide;

/** Every step's "?" opens a page the README has: renaming a heading breaks this, not the app. */
class ScreenGuideTest {

  @Test
  void everyStepHasAPageInTheGuide() {
    HelpGuide guide = HelpGuide.load();
    for (Step step : Step.values()) {
      assertTrue(
          ScreenGuide.PAGES.containsKey(step.name()),
          "ScreenGuide.PAGES has no page for the step " + step.name());
      String page = ScreenGuide.page(step);
      assertTrue(
          guide.page(page).isPresent(),
          step.name() + " opens the guide at '" + page + "', a page the README does not have");
    }
  }

  @Test
  void everyPageInTheTableIsInTheGuide() {
    HelpGuide guide = HelpGuide.load();
    ScreenGuide.PAGES.forEach(
        (step, page) ->
            assertTrue(
                guide.page(page).isPresent(), step + " -> '" + page + "' is not in the guide"));
  }
}
