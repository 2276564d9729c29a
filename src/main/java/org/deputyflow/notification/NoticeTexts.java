package org.deputyflow.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.Notification;
import org.deputyflow.shared.OfficeWords;
import org.deputyflow.shared.persistence.TextJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A notice's subject and text in a reader's language. A notice is stored with both rendered in the
 * office's language (Chinese: the e-mail, the archive) and with its {@link Text}s as JSON, so that the inbox
 * renders them again in the language of whoever reads it, months later.
 */
@Component
class NoticeTexts {

    private static final Logger log = LoggerFactory.getLogger(NoticeTexts.class);

    private final MessageSource messages;
    private final ObjectMapper json;
    private final OfficeWords words;

    NoticeTexts(MessageSource messages, ObjectMapper json, OfficeWords words) {
        this.messages = messages;
        this.json = json;
        this.words = words;
    }

    String subject(Notice notice, Locale language) {
        return Notice.abbreviate(messages.getMessage(notice.subject(), language), Notice.MAX_SUBJECT_LENGTH);
    }

    String text(Notice notice, Locale language) {
        return Notice.abbreviate(messages.getMessage(notice.text(), language), Notice.MAX_TEXT_LENGTH);
    }

    /** The notice's texts to store beside their rendering (a MEDIUMTEXT column: any notice fits). */
    String stored(Notice notice) {
        ObjectNode both = json.createObjectNode();
        both.set("subject", TextJson.node(notice.subject()));
        both.set("text", TextJson.node(notice.text()));
        return both.toString();
    }

    /** The notification as the current reader reads it; a part whose codes cannot be read, as it was stored. */
    Notification localized(Notification notification) {
        if (notification.texts() == null) {
            return notification;
        }
        JsonNode both;
        try {
            both = json.readTree(notification.texts());
        } catch (JsonProcessingException e) {
            log.warn("Notification {} is shown as stored: {}", notification.id(), e.toString());
            return notification;
        }
        return notification.reading(
                Notice.abbreviate(
                        words.reading(String.valueOf(both.get("subject")), notification.subject()),
                        Notice.MAX_SUBJECT_LENGTH),
                Notice.abbreviate(
                        words.reading(String.valueOf(both.get("text")), notification.text()), Notice.MAX_TEXT_LENGTH));
    }
}
