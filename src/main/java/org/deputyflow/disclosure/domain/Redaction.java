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
 */
public final class Redaction {

    public static final String MASK = "［已隐去］";

    /** Digit groups may be split by spaces or dashes, as people write them. */
    private static final String SEP = "[\\s\\-]?";

    /** A numbered part of a building: 3号楼, 2单元, 5层, 501室, 12-3号. */
    private static final String BUILDING_PART = "\\s?\\d+(?:-\\d+)?\\s?(?:号楼|栋|幢|座|单元|层|楼|室|户|号)";

    /** The part that finds a home inside a building: its unit, room or household number. */
    private static final String HOME_PART = "\\s?\\d+(?:-\\d+)?\\s?(?:单元|室|户)";

    private static final List<Pattern> PATTERNS = List.of(
            // ID numbers first: their digits would otherwise be taken for phone numbers
            Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])"),
            Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}"),
            // mobile: optional +86 / 0086 / 86, then 1[3-9]x xxxx xxxx in 3-4-4 or unbroken
            Pattern.compile("(?<!\\d)(?:(?:\\+|00)?86" + SEP + ")?1[3-9]\\d" + SEP + "\\d{4}" + SEP + "\\d{4}(?!\\d)"),
            // landline: area code 0xx or 0xxx, bracketed or followed by a dash or space, then 7-8 digits
            Pattern.compile("(?<!\\d)(?:(?:\\+|00)?86" + SEP + ")?(?:\\(0\\d{2,3}\\)|（0\\d{2,3}）|0\\d{2,3}" + SEP + ")\\d{3,4}" + SEP + "\\d{4}(?!\\d)"),
            // a house number after a road, street, lane or alley, with whatever building parts follow it
            Pattern.compile("(?<=路|街|大道|巷|弄|胡同)\\s?\\d+(?:-\\d+)?\\s?号(?:院|楼)?(?:" + BUILDING_PART + ")*"),
            // a numbered building down to a unit, room or household: 3栋2单元501室, 5号楼1203室 (not 1座3层)
            Pattern.compile("(?<![\\d-])\\d+(?:-\\d+)?\\s?(?:号楼|栋|幢|座)(?:" + BUILDING_PART + ")*?(?:" + HOME_PART
                    + ")(?:" + BUILDING_PART + ")*"));

    private Redaction() {
    }

    /**
     * @param marked spans staff marked, as [start, end) offsets into {@code text}; masked before the patterns run
     */
    public static String redact(String text, List<Span> marked) {
        if (text == null) {
            return null;
        }
        List<Span> merged = merge(text, marked);
        StringBuilder masked = new StringBuilder();
        int at = 0;
        for (Span span : merged) {
            masked.append(text, at, span.start()).append(MASK);
            at = span.end();
        }
        String result = masked.append(text.substring(at)).toString();
        for (Pattern pattern : PATTERNS) {
            result = pattern.matcher(result).replaceAll(Matcher.quoteReplacement(MASK));
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
                throw new IllegalArgumentException("标记的范围超出了文本");
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

    public static String redact(String text) {
        return redact(text, List.of());
    }

    /** A span of text staff marked as not for the public: [start, end) in characters (UTF-16 units). */
    public record Span(int start, int end) {
    }
}
