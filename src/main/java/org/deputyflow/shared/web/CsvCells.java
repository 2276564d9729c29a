package org.deputyflow.shared.web;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Lines of a CSV file that Excel opens safely: cells quoted where needed, and a cell that begins
 * with {@code = + - @} neutralised with a leading apostrophe so that no text becomes a formula.
 * Files start with {@link #BYTE_ORDER_MARK}, which makes Excel read them as UTF-8.
 */
public final class CsvCells {

    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvCells() {}

    /** One line with its CRLF. */
    public static String line(List<String> cells) {
        return line(cells, CsvCells::cell);
    }

    /** One line with its CRLF, each cell as {@code cell} writes it. */
    public static String line(List<String> cells, UnaryOperator<String> cell) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell.apply(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    public static String cell(String value) {
        return quoted(defused(value, "=+-@"));
    }

    /** The value behind an apostrophe when it begins with one of {@code risky}, so no spreadsheet runs it. */
    public static String defused(String value, String risky) {
        return !value.isEmpty() && risky.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** The cell in quotes, its quotes doubled, when it holds a comma, a quote or a line break. */
    public static String quoted(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
