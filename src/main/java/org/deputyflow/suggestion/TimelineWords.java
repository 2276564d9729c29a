package org.deputyflow.suggestion;

import java.util.List;
import java.util.Locale;

import org.deputyflow.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words the system itself adds to a timeline line (who was merged into what, the months of an
 * extension), written from the message bundles in the office's language, the language the lines are kept
 * in beside what people typed.
 */
@Component
class TimelineWords {

    /** The language of the stored timeline lines, as of the stored notices. */
    static final Locale OFFICE_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    TimelineWords(MessageSource messages) {
        this.messages = messages;
    }

    String line(String code, Object... arguments) {
        return line(Text.of(code, arguments));
    }

    String line(Text text) {
        return messages.getMessage(text, OFFICE_LANGUAGE);
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
