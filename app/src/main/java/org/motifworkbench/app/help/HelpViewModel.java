package org.motifworkbench.app.help;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the user guide window: the pages listed (all, or those a search finds), the page shown
 * and what the search found ("3 pages mention 'ceiling'").
 */
public final class HelpViewModel {

  private HelpGuide guide;
  private final StringProperty query = new SimpleStringProperty(this, "query", "");
  private final ObservableList<HelpPage> listed = FXCollections.observableArrayList();
  private final ObservableList<HelpPage> readOnlyListed =
      FXCollections.unmodifiableObservableList(listed);
  private final ObjectProperty<HelpPage> page = new SimpleObjectProperty<>(this, "page");
  private final ReadOnlyStringWrapper found = new ReadOnlyStringWrapper(this, "found", "");

  public HelpViewModel(HelpGuide guide) {
    this.guide = guide;
    query.addListener((obs, old, text) -> search());
    search();
    page.set(guide.pages().get(0));
  }

  /** Replaces the guide (e.g. with the shortcuts page of the window as it is now). */
  public void setGuide(HelpGuide guide) {
    String shown = page.get() == null ? null : page.get().title();
    this.guide = guide;
    search();
    page.set(shown == null ? guide.pages().get(0) : guide.page(shown).orElse(guide.pages().get(0)));
  }

  public HelpGuide guide() {
    return guide;
  }

  /** The words searched for; empty lists every page. */
  public StringProperty queryProperty() {
    return query;
  }

  /** The pages on the left: every page, or the pages that mention the search. */
  public ObservableList<HelpPage> listedPages() {
    return readOnlyListed;
  }

  /** The page shown. */
  public ObjectProperty<HelpPage> pageProperty() {
    return page;
  }

  /** What the search found, e.g. "3 pages mention 'ceiling'"; empty without a search. */
  public ReadOnlyStringProperty foundProperty() {
    return found.getReadOnlyProperty();
  }

  /**
   * Shows the page titled {@code title} and clears a search that would hide it; false when the
   * guide has no such page (the page shown stays).
   */
  public boolean open(String title) {
    return guide
        .page(title)
        .map(
            p -> {
              if (!listed.contains(p)) {
                query.set("");
              }
              page.set(p);
              return true;
            })
        .orElse(false);
  }

  /** Esc in the search field: every page listed again, the page shown stays. */
  public void clearSearch() {
    query.set("");
  }

  private void search() {
    String text = query.get() == null ? "" : query.get().trim();
    if (text.isEmpty()) {
      listed.setAll(guide.pages());
      found.set("");
      return;
    }
    List<HelpPage> hits = guide.search(text);
    listed.setAll(hits);
    int mentions = hits.stream().mapToInt(p -> p.hits(text)).sum();
    found.set(
        switch (hits.size()) {
          case 0 -> "No page mentions '" + text + "'";
          case 1 -> "1 page mentions '" + text + "' (" + times(mentions) + ")";
          default -> hits.size() + " pages mention '" + text + "' (" + times(mentions) + ")";
        });
    if (!hits.isEmpty() && !hits.contains(page.get())) {
      page.set(hits.get(0));
    }
  }

  private static String times(int count) {
    return count == 1 ? "once" : count + " times";
  }
}
