package org.deputyflow.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deputyflow.config.AccessFixture.Caller;
import org.deputyflow.config.AccessFixture.Endpoint;
import org.deputyflow.config.AccessFixture.Response;

/**
 * {@code access-matrix.md}: one table row per endpoint, one column per caller, and a second table of
 * request bodies for writes whose body must be well-formed to reach the access check. The vocabulary
 * of a cell is described at the top of the file and implemented in {@link #matches}.
 */
record AccessMatrix(List<String> columns, Map<String, List<String>> rows, Map<String, String> bodies) {

    static final String RESOURCE = "/access-matrix.md";

    static AccessMatrix read() throws IOException {
        String text;
        try (InputStream in = AccessMatrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test resources");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> columns = null;
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        String table = null;
        for (String line : text.split("\n")) {
            if (!line.startsWith("|")) {
                table = null;
                continue;
            }
            List<String> cells = cells(line);
            if (cells.get(0).startsWith("---")) {
                continue;
            }
            if (table == null) {
                table = cells.get(0);
                if (table.equals("endpoint")) {
                    columns = cells.subList(1, cells.size());
                }
                continue;
            }
            String key = cells.get(0).replace("`", "");
            if (table.equals("endpoint")) {
                if (cells.size() != columns.size() + 1) {
                    throw new IllegalStateException(RESOURCE + ": row " + key + " has " + (cells.size() - 1)
                            + " cells for " + columns.size() + " columns");
                }
                if (rows.put(key, cells.subList(1, cells.size())) != null) {
                    throw new IllegalStateException(RESOURCE + ": row " + key + " appears twice");
                }
            } else if (table.equals("write")) {
                bodies.put(key, cells.get(1).replace("`", ""));
            }
        }
        if (columns == null) {
            throw new IllegalStateException(RESOURCE + " has no table whose first column is 'endpoint'");
        }
        List<String> expected =
                AccessFixture.CALLERS.stream().map(Caller::column).toList();
        if (!columns.equals(expected)) {
            throw new IllegalStateException(RESOURCE + ": the columns must be " + expected + ", not " + columns);
        }
        return new AccessMatrix(columns, rows, bodies);
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        return new ArrayList<>(
                Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList());
    }

    String expected(String key, Caller caller) {
        return rows.get(key).get(columns.indexOf(caller.column()));
    }

    /** The body a write sends in the matrix: the table's; else an empty JSON object to the API, an empty form to a page. */
    String body(Endpoint endpoint) {
        return bodies.getOrDefault(endpoint.key(), endpoint.api() ? "{}" : "");
    }

    /** The first caller (in column order) whose cell grants access, or null when nobody may call it. */
    Caller firstWithAccess(String key) {
        for (Caller caller : AccessFixture.CALLERS) {
            String cell = expected(key, caller);
            if (!caller.anonymous() && (cell.equals("ok") || cell.equals("2xx"))) {
                return caller;
            }
        }
        return null;
    }

    /**
     * Whether a response is what the cell says. An API's 401, 403 and 404 must be problem JSON;
     * a page's 403 and 404 must be the HTML error page.
     */
    static boolean matches(String cell, Endpoint endpoint, Response response) {
        int status = response.status();
        return switch (cell) {
            case "2xx" -> status / 100 == 2;
            case "ok" ->
                status / 100 == 2 || (status / 100 == 3 && !response.toLogin()) || status == 400 || status == 409;
            case "3xx" -> status / 100 == 3 && !response.toLogin();
            case "login" -> response.toLogin();
            default -> {
                if (!cell.matches("\\d{3}") || Integer.parseInt(cell) != status) {
                    yield false;
                }
                if (status == 401 || status == 403 || status == 404) {
                    yield endpoint.api()
                            ? response.problem()
                            : response.contentType() != null
                                    && response.contentType().startsWith("text/html");
                }
                yield true;
            }
        };
    }

    /** A cell that describes a response, for a missing row or a mismatch: the vocabulary's word for it. */
    static String describe(Endpoint endpoint, Response response) {
        int status = response.status();
        if (response.toLogin()) {
            return "login";
        }
        if (endpoint.write() && (status / 100 == 2 || status / 100 == 3 || status == 400 || status == 409)) {
            return "ok";
        }
        if (status / 100 == 2 || status / 100 == 3) {
            return status / 100 + "xx";
        }
        return String.valueOf(status);
    }
}
