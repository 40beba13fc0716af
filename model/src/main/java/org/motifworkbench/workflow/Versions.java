package org.motifworkbench.workflow;

/**
 * The workbench's own version, read from the jar manifest (or "development" when run from classes).
 */
public final class Versions {

  private Versions() {}

  public static String workbench() {
    String v = Versions.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }
}
