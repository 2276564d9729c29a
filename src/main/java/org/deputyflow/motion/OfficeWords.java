package org.deputyflow.motion;

import java.util.Locale;
import org.deputyflow.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words the motion keeps as its record rather than rendering for each reader: a system line of the
 * timeline, the meeting a decision names, the category of the suggestion a motion becomes. They are
 * written once in the office's language, as the archive reads them.
 */
@Component
class OfficeWords {

    static final Locale OFFICE_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    OfficeWords(MessageSource messages) {
        this.messages = messages;
    }

    String of(Text text) {
        return messages.getMessage(text, OFFICE_LANGUAGE);
    }

    /** The same words in the current reader's language. */
    String reading(Text text) {
        return messages.getMessage(text, LocaleContextHolder.getLocale());
    }
}
