package org.deputyflow.words;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The string literals of the main sources, with where they are, comments left out. */
final class SourceScan {

    static final Path MAIN_JAVA = Path.of("src/main/java");

    record Literal(Path file, int line, String value) {

        @Override
        public String toString() {
            return MAIN_JAVA.relativize(file) + ":" + line + " \"" + value + "\"";
        }
    }

    private SourceScan() {}

    static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every string, text block and char literal, as written between its quotes (escapes kept). */
    static List<Literal> literals(Path file) {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                literals.add(new Literal(file, line, source.substring(i + 3, end)));
                line += count(source, i, end);
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int start = i + 1;
                int j = start;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                literals.add(new Literal(file, line, source.substring(start, Math.min(j, n))));
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (source.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
