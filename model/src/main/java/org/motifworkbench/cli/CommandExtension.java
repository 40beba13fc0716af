package org.motifworkbench.cli;

/**
 * A command that a module beside the core adds to {@code mwb} when its jar is on the class path
 * (the benchmark does): {@link Main} finds each with {@link java.util.ServiceLoader}, so the core
 * never depends on such a module. A module lists its extensions in {@code
 * META-INF/services/org.motifworkbench.cli.CommandExtension}.
 */
public interface CommandExtension {

  /** A new picocli command object (a class annotated with {@code @Command}) to add under mwb. */
  Object command();
}
