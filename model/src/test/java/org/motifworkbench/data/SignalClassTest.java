package org.motifworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignalClassTest {

  @Test
  void namedSignalClassWinsWhereverItIsSorted() {
    assertEquals(0, SignalClass.indexIn(List.of("bound", "unbound")));
    assertEquals(1, SignalClass.indexIn(List.of("negative", "positive")));
    assertEquals(1, SignalClass.indexIn(List.of("background", "Foreground")));
    assertEquals(0, SignalClass.indexIn(List.of("1", "0")));
  }

  @Test
  void ofTwoClassesTheOneNotNamedLikeABackgroundIsTheSignal() {
    assertEquals(0, SignalClass.indexIn(List.of("CTCF", "shuffled")));
    assertEquals(1, SignalClass.indexIn(List.of("control", "enhancer")));
  }

  @Test
  void otherwiseTheLastClass() {
    assertEquals(2, SignalClass.indexIn(List.of("acceptor", "donor", "neither")));
    assertEquals(1, SignalClass.indexIn(List.of("liver", "brain")));
    assertEquals(-1, SignalClass.indexIn(List.of()));
  }
}
