package org.deputyflow.shared.web;

import java.util.List;

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
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    public static String cell(String value) {
        String cell = value;
        if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
