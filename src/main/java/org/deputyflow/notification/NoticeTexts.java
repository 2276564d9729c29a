package org.deputyflow.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.Notification;
import org.deputyflow.shared.persistence.TextJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A notice's subject and text in a reader's language. A notice is stored with both rendered in the
 * office's language (Chinese: the e-mail, the archive) and with its {@link Text}s as JSON, so that the inbox
 * renders them again in the language of whoever reads it, months later.
 */
@Component
class NoticeTexts {

    static final int MAX_JSON_LENGTH = 16_000;

    private static final Logger log = LoggerFactory.getLogger(NoticeTexts.class);

    private final MessageSource messages;
    private final ObjectMapper json;

    NoticeTexts(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    String subject(Notice notice, Locale language) {
        return Notice.abbreviate(messages.getMessage(notice.subject(), language), Notice.MAX_SUBJECT_LENGTH);
    }

    String text(Notice notice, Locale language) {
        return Notice.abbreviate(messages.getMessage(notice.text(), language), Notice.MAX_TEXT_LENGTH);
    }

    /** The notice's texts to store, or null when they do not fit: the inbox then shows the Chinese rendering. */
    String stored(Notice notice) {
        ObjectNode both = json.createObjectNode();
        both.set("subject", TextJson.node(notice.subject()));
        both.set("text", TextJson.node(notice.text()));
        String stored = both.toString();
        return stored.length() <= MAX_JSON_LENGTH ? stored : null;
    }

    /** The notification as the current reader reads it. */
    Notification localized(Notification notification) {
        if (notification.texts() == null) {
            return notification;
        }
        Locale language = LocaleContextHolder.getLocale();
        try {
            JsonNode both = json.readTree(notification.texts());
            return notification.reading(
                    Notice.abbreviate(
                            messages.getMessage(TextJson.text(both.get("subject")), language),
                            Notice.MAX_SUBJECT_LENGTH),
                    Notice.abbreviate(
                            messages.getMessage(TextJson.text(both.get("text")), language), Notice.MAX_TEXT_LENGTH));
        } catch (JsonProcessingException | RuntimeException e) {
            // a code removed from the bundles since: the stored rendering still says it
            log.warn("Notification {} is shown as stored: {}", notification.id(), e.toString());
            return notification;
        }
    }
}
