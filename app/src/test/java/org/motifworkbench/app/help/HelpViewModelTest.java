package org.motifworkbench.app.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The guide window's state without the FX toolkit: search, the page shown, links. */
class HelpViewModelTest {

  private final HelpGuide guide =
      HelpGuide.fromReadme(
          String.join(
              "\n",
              "## The workbench",
              "Steps.",
              "1. **Data**: the ceiling of the data.",
              "2. **Model**: settings.",
              "### Projects and runs",
              "Runs.",
              "## Command line",
              "Train; the ceiling, printed. Ceiling again."));
  private final HelpViewModel vm = new HelpViewModel(guide);

  @Test
  void startsAtTheFirstPageWithEveryPageListed() {
    assertEquals("The workbench", vm.pageProperty().get().title());
    assertEquals(guide.pages(), vm.listedPages());
    assertEquals("", vm.foundProperty().get());
  }

  @Test
  void aSearchListsThePagesThatMentionItAndSaysHowMany() {
    vm.queryProperty().set("ceiling");
    assertEquals(List.of("Data", "Command line"), titles(vm.listedPages()));
    assertEquals("2 pages mention 'ceiling' (3 times)", vm.foundProperty().get());
    assertEquals("Data", vm.pageProperty().get().title(), "the first page found is shown");

    vm.queryProperty().set("runs");
    assertEquals("1 page mentions 'runs' (2 times)", vm.foundProperty().get());
    vm.queryProperty().set("nothing here");
    assertEquals("No page mentions 'nothing here'", vm.foundProperty().get());
    assertEquals(List.of(), vm.listedPages());
  }

  @Test
  void clearingTheSearchListsEveryPageAndKeepsThePageShown() {
    vm.queryProperty().set("settings");
    assertEquals("Model", vm.pageProperty().get().title());
    vm.clearSearch();
    assertEquals(guide.pages(), vm.listedPages());
    assertEquals("Model", vm.pageProperty().get().title());
    assertEquals("", vm.foundProperty().get());
  }

  @Test
  void openingAPageHiddenByTheSearchClearsTheSearch() {
    vm.queryProperty().set("ceiling");
    assertTrue(vm.open("Projects and runs"));
    assertEquals("Projects and runs", vm.pageProperty().get().title());
    assertEquals("", vm.queryProperty().get());
    assertFalse(vm.open("No such page"));
    assertEquals("Projects and runs", vm.pageProperty().get().title());
  }

  @Test
  void anAddedPageIsListedAndTheShownPageStays() {
    vm.open("Model");
    vm.setGuide(guide.with(Shortcut.page(List.of(new Shortcut("Ctrl+O", "File > Open data...")))));
    assertEquals("Model", vm.pageProperty().get().title());
    assertEquals(Shortcut.PAGE, vm.listedPages().get(vm.listedPages().size() - 1).title());
    vm.queryProperty().set("open data");
    assertEquals(List.of(Shortcut.PAGE), titles(vm.listedPages()));
  }

  private static List<String> titles(List<HelpPage> pages) {
    return pages.stream().map(HelpPage::title).toList();
  }
}
