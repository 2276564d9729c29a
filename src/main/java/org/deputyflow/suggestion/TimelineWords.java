package org.deputyflow.suggestion;

import java.util.List;
import org.deputyflow.shared.OfficeWords;
import org.deputyflow.shared.Text;
import org.deputyflow.suggestion.domain.SuggestionPolicy;
import org.deputyflow.suggestion.domain.TimelineEntry;
import org.springframework.stereotype.Component;

/**
 * The words the system itself adds to a timeline line (who was merged into what, the months of an
 * extension), named by their codes: the line is kept rendered in the office's language (for the archive and
 * the audit) and as codes, which each reader reads in their own language.
 */
@Component
class TimelineWords {

    private final OfficeWords words;

    TimelineWords(OfficeWords words) {
        this.words = words;
    }

    /** The words of a line, kept as their codes: {@link Timeline} stores them rendered and as codes. */
    Text line(String code, Object... arguments) {
        return Text.of(code, arguments);
    }

    Text line(Text text) {
        return text;
    }

    /** The line as the current reader reads it: a line kept with its codes in the reader's language. */
    TimelineEntry reading(TimelineEntry entry) {
        return entry.commentTexts() == null
                ? entry
                : entry.reading(words.reading(entry.commentTexts(), entry.comment()));
    }

    /** The line in the office's language, as the timeline keeps it beside its codes. */
    String inOfficeLanguage(Text text) {
        return words.of(text);
    }

    /** Names as one enumeration in the reader's language (A、B、C or A, B, C); one name stays a name. */
    static Object list(List<String> items) {
        return SuggestionPolicy.listed(items);
    }
}
