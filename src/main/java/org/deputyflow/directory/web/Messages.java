package org.deputyflow.directory.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Flash messages in the reader's language, from the message bundles. */
@Component("directoryPageMessages")
class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    String get(String key, Object... args) {
        return source.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
