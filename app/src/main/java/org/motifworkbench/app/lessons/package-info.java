/**
 * Guided lessons for teaching labs: lesson files (JSON a teacher writes), the checks that watch
 * what the student does, progress kept across starts, and the side panel that walks a student
 * through.
 */
package org.motifworkbench.app.lessons;
