package org.motifworkbench.app.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README read into guide pages: headings, the screen list, blocks, search. */
class HelpGuideTest {

  private static final String README =
      String.join(
          "\n",
          "# Title",
          "Intro, not in the guide.",
          "## Quick start",
          "Not in the guide either.",
          "## The workbench",
          "Two steps; **File** opens models.",
          "",
          "1. **Data**: open FASTA files, see the *ceiling*.",
          "   ![Data](docs/images/screen-1-data.png)",
          "2. **Model**: every setting,",
          "   with units.",
          "",
          "The screenshots come from a test.",
          "",
          "### Projects and runs",
          "",
          "One honest sentence.",
          "## Installers",
          "Skipped.",
          "## Command line",
          "",
          "```bash",
          "# a comment, not a heading",
          "bin/mwb train -f a.fa",
          "```",
          "",
          "### Output files",
          "",
          "**Model file (`.mwb`)**: a zip.",
          "- Peaks: BED or `narrowPeak`,",
          "  plain or `.gz`.",
          "  - nested: a | b",
          "- Windows.",
          "",
          "| key | meaning |",
          "|---|---|",
          "| `a|b` | the ceiling, again |",
          "| `n` | a count |",
          "## Benchmark",
          "Not shown.");

  private final HelpGuide guide = HelpGuide.fromReadme(README);

  @Test
  void pagesFollowTheChosenSectionsAndTheirHeadingsAndTheScreenList() {
    assertEquals(
        List.of(
            "The workbench", "Data", "Model", "Projects and runs", "Command line", "Output files"),
        guide.pages().stream().map(HelpPage::title).toList());
    assertEquals(List.of(0, 1, 1, 1, 0, 1), guide.pages().stream().map(HelpPage::depth).toList());
  }

  @Test
  void theScreenListBecomesLinksAndEachScreenAPageWithItsImage() {
    HelpPage workbench = guide.page("The workbench").orElseThrow();
    HelpBlock.ListBlock links =
        assertInstanceOf(HelpBlock.ListBlock.class, workbench.blocks().get(1));
    assertTrue(links.ordered());
    assertEquals(
        List.of(Inline.pageLink("Data"), Inline.pageLink("Model")),
        links.items().stream().map(i -> i.text().get(0)).toList());
    assertFalse(workbench.plain().contains("FASTA"), "the screens' text is on their own pages");

    HelpPage data = guide.page("Data").orElseThrow();
    assertEquals(
        List.of(
            new HelpBlock.Paragraph(
                List.of(
                    Inline.text("Open FASTA files, see the "),
                    new Inline(Inline.Kind.ITALIC, "ceiling", null),
                    Inline.text("."))),
            new HelpBlock.Image("Data", "docs/images/screen-1-data.png")),
        data.blocks());
    HelpBlock.Paragraph model =
        assertInstanceOf(
            HelpBlock.Paragraph.class, guide.page("Model").orElseThrow().blocks().get(0));
    assertEquals("Every setting, with units.", Inline.plain(model.text()));
  }

  @Test
  void codeBlocksKeepTheirLinesAndTheirCommentsAreNoHeadings() {
    HelpPage commandLine = guide.page("Command line").orElseThrow();
    assertEquals(
        List.of(new HelpBlock.Code("bash", "# a comment, not a heading\nbin/mwb train -f a.fa")),
        commandLine.blocks());
  }

  @Test
  void listsNestAndTablesSplitOnBarsOutsideCode() {
    List<HelpBlock> blocks = guide.page("Output files").orElseThrow().blocks();
    HelpBlock.Paragraph first = assertInstanceOf(HelpBlock.Paragraph.class, blocks.get(0));
    assertEquals(new Inline(Inline.Kind.BOLD, "Model file (.mwb)", null), first.text().get(0));

    HelpBlock.ListBlock list = assertInstanceOf(HelpBlock.ListBlock.class, blocks.get(1));
    assertFalse(list.ordered());
    assertEquals(2, list.items().size());
    HelpBlock.Item peaks = list.items().get(0);
    assertEquals("Peaks: BED or narrowPeak, plain or .gz.", Inline.plain(peaks.text()));
    HelpBlock.ListBlock nested =
        assertInstanceOf(HelpBlock.ListBlock.class, peaks.children().get(0));
    assertEquals("nested: a | b", Inline.plain(nested.items().get(0).text()));

    HelpBlock.Table table = assertInstanceOf(HelpBlock.Table.class, blocks.get(2));
    assertEquals(
        List.of(List.of(Inline.text("key")), List.of(Inline.text("meaning"))), table.header());
    assertEquals(2, table.rows().size());
    assertEquals(List.of(new Inline(Inline.Kind.CODE, "a|b", null)), table.rows().get(0).get(0));
    assertEquals("the ceiling, again", Inline.plain(table.rows().get(0).get(1)));
  }

  @Test
  void searchFindsPagesWithEveryWordAndCountsMentions() {
    assertEquals(
        List.of("Data", "Output files"),
        guide.search("Ceiling").stream().map(HelpPage::title).toList());
    assertEquals(1, guide.page("Data").orElseThrow().hits("ceiling"));
    assertEquals(2, guide.page("Data").orElseThrow().hits("ceiling fasta"));
    assertEquals(
        List.of("Output files"),
        guide.search("ceiling zip").stream().map(HelpPage::title).toList());
    assertEquals(List.of(), guide.search("nowhere"));
    assertEquals(List.of(), guide.search("  "));
  }

  @Test
  void inlineMarkupIsReadAndUnclosedMarksStayText() {
    assertEquals(
        List.of(
            Inline.text("a "),
            new Inline(Inline.Kind.BOLD, "b", null),
            Inline.text(" "),
            new Inline(Inline.Kind.CODE, "c*d", null),
            Inline.text(" "),
            new Inline(Inline.Kind.LINK, "e", "https://x.org"),
            Inline.text(" 3 * 4 and *f")),
        Inline.parse("a **b** `c*d` [e](https://x.org) 3 * 4 and *f"));
  }

  @Test
  void theReadmeOnTheClassPathIsTheReadmeAndHasTheGuidesPages() throws IOException {
    HelpGuide packaged = HelpGuide.load();
    String readme = Files.readString(Path.of("..", "README.md"));
    assertEquals(
        HelpGuide.fromReadme(readme).pages(), packaged.pages(), "the build copies README.md as is");
    List<String> titles = packaged.pages().stream().map(HelpPage::title).toList();
    assertTrue(
        titles.containsAll(
            List.of(
                "The workbench",
                "Data",
                "Model",
                "Train",
                "Evaluate",
                "Inspect",
                "Motifs",
                "Genome",
                "Command line",
                "Output files")),
        titles.toString());
    assertFalse(titles.contains("Benchmark"), "only the workbench and command-line sections");
    assertTrue(
        packaged.search("ceiling").size() >= 3, "the ceiling is explained in several places");
  }

  @Test
  void theReadmesImagesAreOnTheClassPathAndNothingElseIs() {
    assertNotNull(HelpGuide.image("docs/images/screen-1-data.png"));
    assertEquals(null, HelpGuide.image("../../../etc/passwd"));
    assertEquals(null, HelpGuide.image("docs/images/none.png"));
  }
}
