package org.deputyflow.disclosure.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data out of text the public sees: mainland mobile and landline numbers, 18-digit
 * resident ID numbers, e-mail addresses, the numbers of street addresses, and any span staff mark
 * (the names of private persons among them). Each is replaced by a mask of the same kind, so a reader
 * sees that something was removed without learning how long it was.
 *
 * <p>An address keeps its province, city, district, county and road or compound, which say where a
 * problem lies, and loses what finds a home: the house number after a road (青山路［已隐去］) and a
 * building with its unit, floor or room (阳光小区［已隐去］). Numbers that are not part of an address
 * (15 条, 3000 万元, 第 3 号文件, 3 室 2 厅) stay.
 *
 * <p>The mask and the patterns are rule values: they come from the configuration
 * ({@code deputyflow.publication.redaction}).
 */
public final class Redaction {

    private final String mask;
    private final List<Pattern> patterns;

    /**
     * @param mask what replaces each piece of personal data
     * @param patterns regular expressions of personal data, applied in this order (an earlier one may
     *        take digits a later one would misread)
     */
    public Redaction(String mask, List<String> patterns) {
        if (mask == null || mask.isEmpty()) {
            throw new IllegalArgumentException("a redaction needs a mask");
        }
        this.mask = mask;
        this.patterns = patterns.stream().map(Pattern::compile).toList();
    }

    public String mask() {
        return mask;
    }

    /**
     * @param marked spans staff marked, as [start, end) offsets into {@code text}; masked before the patterns run
     */
    public String redact(String text, List<Span> marked) {
        if (text == null) {
            return null;
        }
        List<Span> merged = merge(text, marked);
        StringBuilder masked = new StringBuilder();
        int at = 0;
        for (Span span : merged) {
            masked.append(text, at, span.start()).append(mask);
            at = span.end();
        }
        String result = masked.append(text.substring(at)).toString();
        for (Pattern pattern : patterns) {
            result = pattern.matcher(result).replaceAll(Matcher.quoteReplacement(mask));
        }
        return result;
    }

    /**
     * The marks in order, overlapping or touching ones joined, as one mask covers them.
     *
     * @throws IllegalArgumentException if a mark is empty or reaches outside the text
     */
    public static List<Span> merge(String text, List<Span> marked) {
        List<Span> spans = new ArrayList<>(marked);
        spans.sort(Comparator.comparingInt(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            if (span.start() < 0 || span.end() > text.length() || span.start() >= span.end()) {
                throw new IllegalArgumentException("a mark reaches outside the text: " + span);
            }
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    public String redact(String text) {
        return redact(text, List.of());
    }

    /** A span of text staff marked as not for the public: [start, end) in characters (UTF-16 units). */
    public record Span(int start, int end) {}
}
