package org.deputyflow.records.domain;

import java.util.Locale;
import org.deputyflow.shared.BadRequestException;

/**
 * How the staff list is sorted: a column and a direction, written {@code suggestionsLed,desc}; ties
 * fall back to the name and the deputy's id, so that pages never overlap.
 */
public record RecordOrder(Column column, boolean descending) {

    public enum Column {
        NAME("name"),
        DELEGATION("delegation"),
        SUGGESTIONS_LED("suggestionsLed"),
        SUGGESTIONS_CO_SIGNED("suggestionsCoSigned"),
        MOTIONS_LED("motionsLed"),
        MOTIONS_CO_SIGNED("motionsCoSigned"),
        EVALUATIONS("evaluations"),
        EVALUATIONS_ON_TIME("evaluationsOnTime"),
        MEETINGS("meetings");

        private final String key;

        Column(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public static final RecordOrder DEFAULT = new RecordOrder(Column.NAME, false);

    /** {@code null} or blank is the default order; anything else must name a column and maybe asc or desc. */
    public static RecordOrder parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return DEFAULT;
        }
        String[] parts = sort.trim().split(",", -1);
        if (parts.length > 2) {
            throw refused(sort);
        }
        Column column = null;
        for (Column candidate : Column.values()) {
            if (candidate.key.equals(parts[0].trim())) {
                column = candidate;
            }
        }
        if (column == null) {
            throw refused(sort);
        }
        if (parts.length == 1) {
            return new RecordOrder(column, false);
        }
        String direction = parts[1].trim().toLowerCase(Locale.ROOT);
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw refused(sort);
        }
        return new RecordOrder(column, direction.equals("desc"));
    }

    /** The parameter that asks for this order again. */
    public String param() {
        return column.key + (descending ? ",desc" : ",asc");
    }

    /** The order a click on {@code key}'s column header asks for: the other direction if it is this column. */
    public String toggle(String key) {
        return key + (column.key.equals(key) && !descending ? ",desc" : ",asc");
    }

    private static BadRequestException refused(String sort) {
        String value = sort.length() > 40 ? sort.substring(0, 40) : sort;
        return new BadRequestException("sort", "error.records.sort.unknown", value);
    }
}
