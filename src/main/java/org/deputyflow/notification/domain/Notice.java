package org.deputyflow.notification.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.deputyflow.shared.Text;

/**
 * What one event tells the people concerned: a kind, a subject and a text as {@link Text}s of the message
 * bundles (so that each reader reads them in their language), optionally the suggestion it is about, and
 * the logins it goes to.
 * <p>
 * The {@code key} identifies the event, not the message: the same key delivered twice to one
 * recipient is stored and sent once. Build it from what makes the event unique, e.g.
 * {@code Notice.keyOf("reminder", "assignment", 42, dueDate, 15)} gives
 * {@code reminder:assignment:42:2026-03-01:15}. Two different events must never share a key.
 * <p>
 * Rendered subject and text are cut to their maximum length rather than refused ({@link #abbreviate}):
 * they quote suggestion titles, and a timer job must not fail for a long title.
 */
public record Notice(
        NotificationKind kind, String key, Long suggestionId, Text subject, Text text, Set<String> recipients) {

    public static final int MAX_KEY_LENGTH = 200;
    public static final int MAX_SUBJECT_LENGTH = 200;
    public static final int MAX_TEXT_LENGTH = 2000;
    public static final int MAX_LOGIN_LENGTH = 64;

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        key = key.strip();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "a notice key has 1 to " + MAX_KEY_LENGTH + " characters: '" + key + "'");
        }
        if (subject.isBlank()) {
            throw new IllegalArgumentException("notice " + key + " needs a subject");
        }
        recipients = recipients == null ? Set.of() : logins(recipients);
    }

    /** A notice to nobody yet: {@link #to} adds recipients, or a service method resolves them. */
    public static Notice of(NotificationKind kind, String key, Long suggestionId, Text subject, Text text) {
        return new Notice(kind, key, suggestionId, subject, text, Set.of());
    }

    /** A notice whose subject and text a person wrote, read as written in every language. */
    public static Notice typed(NotificationKind kind, String key, Long suggestionId, String subject, String text) {
        return of(kind, key, suggestionId, Text.typed(subject.strip()), Text.typed(text.strip()));
    }

    /** The same notice to these logins as well. */
    public Notice to(Collection<String> logins) {
        Set<String> all = new LinkedHashSet<>(recipients);
        all.addAll(logins);
        return new Notice(kind, key, suggestionId, subject, text, all);
    }

    public Notice to(String... logins) {
        return to(Arrays.asList(logins));
    }

    /** A deduplication key from its parts, joined with {@code :}. */
    public static String keyOf(Object... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("a notice key needs at least one part");
        }
        return Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining(":"));
    }

    private static Set<String> logins(Collection<String> logins) {
        Set<String> checked = new LinkedHashSet<>();
        for (String login : logins) {
            if (login == null || login.isBlank() || login.strip().length() > MAX_LOGIN_LENGTH) {
                throw new IllegalArgumentException("not a login: '" + login + "'");
            }
            checked.add(login.strip());
        }
        return Collections.unmodifiableSet(checked);
    }

    /** Cuts by characters as people count them, so that 𠮷 is never split in half. */
    public static String abbreviate(String value, int max) {
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) <= max) {
            return stripped;
        }
        return stripped.substring(0, stripped.offsetByCodePoints(0, max - 1)) + "…";
    }
}
