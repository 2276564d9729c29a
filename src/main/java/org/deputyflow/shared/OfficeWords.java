package org.deputyflow.shared;

import java.util.Locale;
import org.deputyflow.shared.persistence.TextJson;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words a record keeps rather than rendering for each reader (a stored notice, a timeline line, a meeting name a
 * motion records, the name of an engine group): written once in the office's language, as the archive reads them,
 * and, where the codes are kept too, rendered again in the reader's language.
 */
@Component
public class OfficeWords {

    /** The language the office keeps its records in. */
    public static final Locale OFFICE_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    public OfficeWords(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Text text) {
        return messages.getMessage(text, OFFICE_LANGUAGE);
    }

    /** The same words in the current reader's language. */
    public String reading(Text text) {
        return messages.getMessage(text, LocaleContextHolder.getLocale());
    }

    /**
     * Words kept with their codes ({@link TextJson}) in the current reader's language; without codes, or with codes
     * since removed from the bundles, the words as they were kept.
     */
    public String reading(String storedCodes, String asKept) {
        if (storedCodes == null) {
            return asKept;
        }
        try {
            Text text = TextJson.read(storedCodes);
            // by its code alone, without the code as a default: a code gone from the bundles reads as kept
            return text.isTyped()
                    ? text.getDefaultMessage()
                    : messages.getMessage(text.code(), text.getArguments(), LocaleContextHolder.getLocale());
        } catch (RuntimeException e) {
            return asKept;
        }
    }
}
