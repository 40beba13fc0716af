package org.motifworkbench.app.help;

import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The user guide's window: the search on top, the pages on the left, the page on the right. One
 * window, not modal, owned by the main window; showing it again brings it to the front at the page
 * asked for.
 */
public final class HelpWindow {

  static final String STYLESHEET = "/org/motifworkbench/app/assets/help.css";

  private final HelpViewModel viewModel;
  private final BorderPane root = new BorderPane();
  private final TextField search = new TextField();
  private final ListView<HelpPage> pages = new ListView<>();
  private final ScrollPane pageScroll = new ScrollPane();
  private Stage stage;

  /** True while the list follows the view model, so that is not taken for the user's choice. */
  private boolean following;

  public HelpWindow(HelpViewModel viewModel) {
    this.viewModel = viewModel;
    root.getStyleClass().add("help-window");
    root.setTop(searchBar());
    pages.setId("helpPages");
    pages.getStyleClass().add("help-pages");
    pages.setItems(viewModel.listedPages());
    pages.setCellFactory(list -> new PageCell());
    pages.setPrefWidth(240);
    pages
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, page) -> {
              if (!following && page != null) {
                viewModel.pageProperty().set(page);
              }
            });
    root.setLeft(pages);
    pageScroll.setId("helpPageScroll");
    pageScroll.getStyleClass().add("help-page-scroll");
    pageScroll.setFitToWidth(true);
    root.setCenter(pageScroll);
    // the page is drawn again when the search changes: the words found are marked in it
    viewModel.pageProperty().addListener((obs, old, page) -> showPage());
    viewModel.queryProperty().addListener((obs, old, query) -> showPage());
    viewModel.listedPages().addListener((ListChangeListener<HelpPage>) c -> select());
    root.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            if (viewModel.queryProperty().get().isEmpty()) {
              stage.close();
            } else {
              viewModel.clearSearch();
            }
          }
        });
    showPage();
  }

  private Node searchBar() {
    Label label = new Label("Search");
    search.setId("helpSearch");
    search.setPromptText("words on a page, e.g. ceiling");
    search.textProperty().bindBidirectional(viewModel.queryProperty());
    HBox.setHgrow(search, Priority.ALWAYS);
    Label found = new Label();
    found.setId("helpFound");
    found.getStyleClass().add("help-found");
    found.textProperty().bind(viewModel.foundProperty());
    HBox bar = new HBox(label, search, found);
    bar.getStyleClass().add("help-search-bar");
    return bar;
  }

  /**
   * Shows the window (created the first time, owned by {@code owner}, with its style sheets) at the
   * page titled {@code page}; null keeps the page shown.
   */
  public void show(Window owner, String page) {
    if (page != null) {
      viewModel.open(page);
    }
    if (stage == null) {
      stage = new Stage();
      stage.initOwner(owner);
      stage.setTitle("Motif Workbench \u2014 User guide");
      Scene scene = new Scene(root, 1080, 760);
      if (owner != null && owner.getScene() != null) {
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
      }
      var sheet = HelpWindow.class.getResource(STYLESHEET);
      if (sheet != null) {
        scene.getStylesheets().add(sheet.toExternalForm());
      }
      stage.setScene(scene);
    }
    stage.show();
    stage.toFront();
    search.requestFocus();
  }

  /** The window, once shown; null before. */
  public Stage stage() {
    return stage;
  }

  private void showPage() {
    select();
    HelpPage page = viewModel.pageProperty().get();
    if (page == null) {
      pageScroll.setContent(null);
      return;
    }
    PageView view = new PageView(viewModel.queryProperty().get(), viewModel::open);
    VBox content = view.render(page);
    content.setId("helpPageContent");
    pageScroll.setContent(content);
    pageScroll.setVvalue(0);
    List<Node> hits = view.hits();
    if (!hits.isEmpty()) {
      Platform.runLater(() -> scrollTo(content, hits.get(0)));
    }
  }

  /** Scrolls so that {@code node} (the first word found) is in view, a little below the top. */
  private void scrollTo(VBox content, Node node) {
    pageScroll.layout();
    double contentHeight = content.getBoundsInLocal().getHeight();
    double viewport = pageScroll.getViewportBounds().getHeight();
    if (contentHeight <= viewport) {
      return;
    }
    Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
    double y = Math.max(0, at.getMinY() - 40);
    pageScroll.setVvalue(Math.min(1, y / (contentHeight - viewport)));
  }

  /** The list follows the page shown. */
  private void select() {
    following = true;
    try {
      HelpPage page = viewModel.pageProperty().get();
      if (page != null && pages.getItems().contains(page)) {
        pages.getSelectionModel().select(page);
        pages.scrollTo(page);
      } else {
        pages.getSelectionModel().clearSelection();
      }
    } finally {
      following = false;
    }
  }

  /** A page in the list, indented under its section; with a search, how often it mentions it. */
  private final class PageCell extends ListCell<HelpPage> {
    @Override
    protected void updateItem(HelpPage page, boolean empty) {
      super.updateItem(page, empty);
      getStyleClass().removeAll("help-page-item-0", "help-page-item-1", "help-page-item-2");
      if (empty || page == null) {
        setText(null);
        return;
      }
      String query = viewModel.queryProperty().get();
      int hits = page.hits(query);
      setText(page.title() + (hits > 0 ? "  (" + hits + ")" : ""));
      getStyleClass().add("help-page-item-" + Math.min(2, page.depth()));
    }
  }
}
