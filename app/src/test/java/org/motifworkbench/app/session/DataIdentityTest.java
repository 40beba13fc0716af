package org.motifworkbench.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.sequence.DataSource;

/** Which data results belong to: the same content, or (for a model file) the same files. */
class DataIdentityTest {

  private static final String TWO = ">a label=x\nACGT\n>b label=y\nGGCC\n";

  @TempDir Path dir;

  @Test
  void theSameContentIsTheSameDataWhereverItLiesAndAnEditMakesOtherData() throws IOException {
    Path first = Files.writeString(dir.resolve("one.fa"), TWO);
    Path copy =
        Files.writeString(Files.createDirectories(dir.resolve("sub")).resolve("two.fa"), TWO);
    DataIdentity one = OpenedData.open(List.of(first)).identity();

    assertTrue(one.sameData(OpenedData.open(List.of(first)).identity()), "opened again");
    assertTrue(one.sameData(OpenedData.open(List.of(copy)).identity()), "a copy elsewhere");
    assertEquals(64, one.fingerprint().length(), "SHA-256 in hex");
    assertEquals(List.of("x", "y"), one.classNames());
    assertEquals("one.fa", one.displayName());

    Files.writeString(first, TWO.replace("GGCC", "GGCA"));
    assertFalse(one.sameData(OpenedData.open(List.of(first)).identity()), "one base edited");
    Files.writeString(first, TWO.replace("label=y", "label=z"));
    assertFalse(one.sameData(OpenedData.open(List.of(first)).identity()), "one label edited");
    Files.writeString(first, TWO.replace(">b", ">c"));
    assertFalse(one.sameData(OpenedData.open(List.of(first)).identity()), "one id edited");
  }

  @Test
  void aModelFileNamesItsDataByItsFiles() throws IOException {
    Path file = Files.writeString(dir.resolve("train.fa"), TWO);
    DataIdentity opened = OpenedData.open(List.of(file)).identity();
    // Recorded as the model file keeps it: a relative path to the same file.
    Path relative = Path.of("").toAbsolutePath().relativize(file);
    DataIdentity recorded =
        DataIdentity.recorded(DataSource.headerLabel(relative, null), List.of("x", "y"));

    assertTrue(recorded.sameData(opened));
    assertTrue(opened.sameData(recorded));
    DataIdentity elsewhere =
        DataIdentity.recorded(
            DataSource.headerLabel(dir.resolve("other.fa"), null), List.of("x", "y"));
    assertFalse(elsewhere.sameData(opened));
    DataIdentity unknown = DataIdentity.recorded(null, List.of("x", "y"));
    assertFalse(unknown.sameData(opened), "a model that names no data belongs to none");
    assertFalse(unknown.sameData(unknown));
    assertEquals("unknown data", unknown.displayName());
    assertNotEquals(opened, recorded);
  }
}
