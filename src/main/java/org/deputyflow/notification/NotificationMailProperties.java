package org.deputyflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code deputyflow.mail}: whether notices also go out by e-mail, and from whom. The SMTP server
 * is Spring's {@code spring.mail.*}.
 *
 * @param from     the sender's address, required when enabled
 * @param fromName the sender's name as mail clients show it
 */
@ConfigurationProperties("deputyflow.mail")
record NotificationMailProperties(@DefaultValue("false") boolean enabled, String from,
        @DefaultValue("代表建议办理系统") String fromName) {
}
