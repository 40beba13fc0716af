/**
 * How a setting is described once (name, option, label, unit, allowed values, default, help), so
 * the Model form, the command line and the settings' own validation read one description.
 */
package org.motifworkbench.setting;
