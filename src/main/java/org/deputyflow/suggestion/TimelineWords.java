package org.deputyflow.suggestion;

import java.util.List;
import org.deputyflow.shared.OfficeWords;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.persistence.TextJson;
import org.deputyflow.suggestion.domain.TimelineEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words the system itself adds to a timeline line (who was merged into what, the months of an
 * extension), named by their codes: the line is kept rendered in the office's language (for the archive and
 * the audit) and as codes, which each reader reads in their own language.
 */
@Component
class TimelineWords {

    private final MessageSource messages;

    TimelineWords(MessageSource messages) {
        this.messages = messages;
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
        if (entry.commentTexts() == null) {
            return entry;
        }
        try {
            return entry.reading(
                    messages.getMessage(TextJson.read(entry.commentTexts()), LocaleContextHolder.getLocale()));
        } catch (RuntimeException e) {
            // codes since removed from the bundles: the line as it was kept
            return entry.reading(entry.comment());
        }
    }

    /** The line in the office's language, as the timeline keeps it beside its codes. */
    String inOfficeLanguage(Text text) {
        return messages.getMessage(text, OfficeWords.OFFICE_LANGUAGE);
    }

    /** Names as one enumeration in the reader's language (A、B、C or A, B, C); one name stays a name. */
    static Object list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        Object joined = items.get(0);
        for (String item : items.subList(1, items.size())) {
            joined = Text.of("text.suggestion.list", joined, item);
        }
        return joined;
    }
}
