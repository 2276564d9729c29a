package org.deputyflow.words;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Renders a refusal or a {@link org.deputyflow.shared.Text} from the message bundles of
 * {@code spring.messages.basename} as the application does, for tests that run without Spring.
 */
public final class BundleRendering {

    private static final ResourceBundleMessageSource SOURCE = source();

    private BundleRendering() {}

    public static String chinese(MessageSourceResolvable text) {
        return SOURCE.getMessage(text, Locale.SIMPLIFIED_CHINESE);
    }

    public static String english(MessageSourceResolvable text) {
        return SOURCE.getMessage(text, Locale.ENGLISH);
    }

    /** The bundles as the application's {@code MessageSource}, for classes that take one. */
    public static MessageSource messageSource() {
        return SOURCE;
    }

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        try {
            source.setBasenames(MessageBundleTests.basenames().toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
