package org.motifworkbench.app.lessons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The lesson files of a folder (the shipped {@code samples/lessons}, or a teacher's own), read in
 * file-name order, each with its answer key from the folder's {@code instructor} subfolder (not
 * itself listed as lessons). A broken file does not hide the others: its message is listed instead,
 * and so is each answer a format-2 lesson's key lacks.
 *
 * @param lessons the lessons that could be read
 * @param problems one message per file that could not
 */
public record LessonLibrary(List<Lesson> lessons, List<String> problems) {

  public LessonLibrary {
    lessons = List.copyOf(lessons);
    problems = List.copyOf(problems);
  }

  /** Reads every {@code *.json} file of {@code folder} and the answer keys of its lessons. */
  public static LessonLibrary read(Path folder) {
    List<Lesson> lessons = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      problems.add("No lessons found: the folder " + folder + " is missing.");
      return new LessonLibrary(lessons, problems);
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        try {
          Lesson lesson = InstructorKey.attach(LessonParser.read(file), folder, problems);
          if (lesson == null) {
            continue;
          }
          if (lessons.stream().anyMatch(l -> l.id().equals(lesson.id()))) {
            problems.add(
                file.getFileName()
                    + ": id '"
                    + lesson.id()
                    + "' is used by another lesson; give each lesson its own id");
          } else {
            lessons.add(lesson);
          }
        } catch (LessonFormatException e) {
          problems.add(e.getMessage());
        }
      }
    } catch (IOException e) {
      problems.add("Could not list the lessons in " + folder + ": " + e.getMessage());
    }
    return new LessonLibrary(lessons, problems);
  }
}
