package org.deputyflow.shared.persistence;

/**
 * Builds LIKE patterns from what a user typed, so that {@code %} and {@code _} are searched
 * for literally. Mapper XML uses them with {@code ESCAPE '!'}, which H2 and MySQL read alike.
 */
public final class LikePattern {

    private LikePattern() {}

    public static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Matches values that start with the text: a prefix can use an index. */
    public static String prefix(String text) {
        return escape(text) + "%";
    }

    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }
}
