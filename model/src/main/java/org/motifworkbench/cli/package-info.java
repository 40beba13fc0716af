/** The picocli command-line tool; the only package that prints to the terminal. */
package org.motifworkbench.cli;
