package org.deputyflow.disclosure;

import org.deputyflow.disclosure.domain.Redaction;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;

/** The redaction as {@code application.yml} configures it, for tests that run without Spring. */
public final class ConfiguredRedaction {

    private static final RedactionSettings SETTINGS = load();

    private ConfiguredRedaction() {}

    public static RedactionSettings settings() {
        return SETTINGS;
    }

    public static Redaction redaction() {
        return SETTINGS.redaction();
    }

    private static RedactionSettings load() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        return new Binder(new MapConfigurationPropertySource(yaml.getObject()))
                .bind("deputyflow.publication.redaction", RedactionSettings.class)
                .orElseThrow(() -> new IllegalStateException("application.yml configures no redaction"));
    }
}
