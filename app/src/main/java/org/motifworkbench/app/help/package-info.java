/**
 * Help > User guide: the README's workbench and command-line sections read from the class path,
 * split into pages by headings, searched and shown without a browser; and the list of keyboard
 * shortcuts, read from the window's menus and accelerators.
 */
package org.motifworkbench.app.help;
