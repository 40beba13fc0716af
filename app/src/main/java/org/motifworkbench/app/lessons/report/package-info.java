/**
 * The student's report: the lesson progress as a {@link org.motifworkbench.classroom.StudentRecord}
 * ({@link org.motifworkbench.app.lessons.report.StudentRecordBuilder}), exported as CSV or PDF from
 * the lesson panel ({@link org.motifworkbench.app.lessons.report.ReportExporter}).
 */
package org.motifworkbench.app.lessons.report;
