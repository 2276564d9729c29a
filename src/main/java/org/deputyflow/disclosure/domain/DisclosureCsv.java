package org.deputyflow.disclosure.domain;

import java.util.List;
import org.deputyflow.shared.web.CsvCells;

/**
 * A published disclosure as CSV, with the same content as its page: a byte-order mark so that
 * spreadsheet programs read the Chinese as UTF-8, and quotes around every cell that needs them. Headings
 * and labels are in the language of {@code words}; the frozen lines are as they were published.
 */
public final class DisclosureCsv {

    private DisclosureCsv() {}

    public static String write(
            Disclosure disclosure,
            List<KeyLine> keyLines,
            List<DepartmentLine> departmentLines,
            List<Disclosure> earlierVersions,
            Words words) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, disclosure.title(), words.get("text.disclosure.export.version", String.valueOf(disclosure.version())));
        for (Disclosure earlier : earlierVersions) {
            row(csv, words.get("text.disclosure.export.replaces", String.valueOf(earlier.version())));
        }
        if (disclosure.commentary() != null) {
            row(csv, words.get("text.disclosure.export.commentary"), disclosure.commentary());
        }
        csv.append("\r\n");
        row(csv, words.get("text.disclosure.export.keySuggestions"));
        row(csv, headings(words, KeyLine.COLUMNS.toArray(String[]::new)));
        for (KeyLine l : keyLines) {
            row(csv, l.cells());
        }
        csv.append("\r\n");
        row(csv, words.get("text.disclosure.export.departments"));
        row(
                csv,
                headings(
                        words,
                        "department",
                        "received",
                        "replied",
                        "repliedOnTime",
                        "repliedLate",
                        "overdue",
                        "extensions",
                        "classA",
                        "classB",
                        "classC",
                        "classD",
                        "attitudeSatisfied",
                        "attitudeBasically",
                        "attitudeUnsatisfied",
                        "resultSatisfied",
                        "resultBasically",
                        "resultUnsatisfied",
                        "notEvaluated",
                        "solvedRate",
                        "satisfactionRate"));
        for (DepartmentLine line : departmentLines) {
            DepartmentFigures f = line.figures();
            row(
                    csv,
                    f.departmentName(),
                    n(f.received()),
                    n(f.replied()),
                    n(f.repliedOnTime()),
                    n(f.repliedLate()),
                    n(f.overdue()),
                    n(f.extensions()),
                    n(f.classA()),
                    n(f.classB()),
                    n(f.classC()),
                    n(f.classD()),
                    n(f.attitudeSatisfied()),
                    n(f.attitudeBasically()),
                    n(f.attitudeUnsatisfied()),
                    n(f.resultSatisfied()),
                    n(f.resultBasically()),
                    n(f.resultUnsatisfied()),
                    n(f.notEvaluated()),
                    line.solvedRate(),
                    line.satisfactionRate());
        }
        return csv.toString();
    }

    private static String[] headings(Words words, String... columns) {
        String[] headings = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            headings[i] = words.get("text.disclosure.export.column." + columns[i]);
        }
        return headings;
    }

    private static String n(int value) {
        return Integer.toString(value);
    }

    private static void row(StringBuilder csv, String... cells) {
        csv.append(CsvCells.line(List.of(cells), DisclosureCsv::cell));
    }

    /** Quotes a cell when needed; a leading = + - @ is defused, but a figure such as -3 or 50.0% stays a figure. */
    static String cell(String value) {
        return CsvCells.quoted(value.matches("-?\\d+(\\.\\d+)?%?") ? value : CsvCells.defused(value, "=+-@"));
    }
}
