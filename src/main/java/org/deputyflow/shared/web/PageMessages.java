package org.deputyflow.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Flash messages and errors of the pages in the reader's language, from the message bundles. */
@Component
public class PageMessages {

    private final MessageSource source;

    PageMessages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** A refusal or any other {@link org.deputyflow.shared.Text} in the reader's language. */
    public String get(MessageSourceResolvable text) {
        return source.getMessage(text, LocaleContextHolder.getLocale());
    }
}
