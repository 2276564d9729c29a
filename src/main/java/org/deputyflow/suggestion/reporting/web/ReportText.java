package org.deputyflow.suggestion.reporting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.deputyflow.suggestion.reporting.domain.Share;
import org.springframework.context.MessageSource;

/**
 * The annual report's sentences from the bundle in the reader's language, shared by every section of the
 * draft; every argument is written as plain text, so that no number gets a grouping comma.
 */
record ReportText(MessageSource messages, Locale locale) {

    String say(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return messages.getMessage(key, texts, locale);
    }

    /** A date as the report writes it: 2026年3月1日. */
    String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(messages.getMessage("annual.doc.datePattern", null, locale), locale)
                .format(date);
    }

    /** "50.0%（1/2）", or the words for "no base" when nothing was there to count. */
    String share(Share share) {
        if (share.rate() == null) {
            return say("annual.doc.noRate");
        }
        BigDecimal percent = share.rate().multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
        return say("annual.doc.rate", percent.toPlainString(), share.count(), share.of());
    }
}
