package org.deputyflow.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.LoadingDirectory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.AbstractEnvironment;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Production runs on the mysql profile: no demo logins (all with the password "demo") unless
 * DEPUTYFLOW_DEMO=true says so, and then a warning at every start.
 */
class DemoDataLoaderTests {

    @Test
    void the_mysql_profile_loads_no_demo_data_unless_deputyflow_demo_is_true() throws IOException {
        assertThat(demoEnabled(Map.of())).isEqualTo("false");
        assertThat(demoEnabled(Map.of("DEPUTYFLOW_DEMO", "false"))).isEqualTo("false");
        assertThat(demoEnabled(Map.of("DEPUTYFLOW_DEMO", "true"))).isEqualTo("true");

        runner(Map.of()).run(context -> assertThat(context).doesNotHaveBean(DemoDataLoader.class));
        runner(Map.of("DEPUTYFLOW_DEMO", "true"))
                .run(context -> assertThat(context).hasSingleBean(DemoDataLoader.class));
    }

    @Test
    void demo_data_warns_at_every_start_also_when_it_is_already_loaded() {
        DirectoryService directory = mock(DirectoryService.class);
        LoadingDirectory loading = mock(LoadingDirectory.class);
        when(directory.isEmpty()).thenReturn(false);
        Logger logger = (Logger) LoggerFactory.getLogger(DemoDataLoader.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        logger.addAppender(events);
        try {
            DemoDataLoader loader = new DemoDataLoader(
                    directory, loading, NoOpPasswordEncoder.getInstance(), mock(PlatformTransactionManager.class));
            loader.run(null);
            loader.run(null);
        } finally {
            logger.detachAppender(events);
        }
        assertThat(events.list)
                .filteredOn(event -> event.getLevel() == Level.WARN)
                .hasSize(2)
                .allSatisfy(event -> assertThat(event.getFormattedMessage())
                        .contains("Demo users are active", "'demo'", "Never run demo data in production"));
        verify(loading, never()).addUser(any(), anyString());
    }

    /** deputyflow.demo.enabled as Spring Boot resolves it on the mysql profile, with only {@code env} set. */
    private static String demoEnabled(Map<String, Object> env) throws IOException {
        ConfigurableEnvironment environment = new AbstractEnvironment() {};
        mysqlProfile(environment, env);
        return environment.getProperty("deputyflow.demo.enabled");
    }

    private static ApplicationContextRunner runner(Map<String, Object> env) {
        return new ApplicationContextRunner()
                .withInitializer(context -> {
                    ConfigurableEnvironment environment = context.getEnvironment();
                    // whatever the machine running the tests has set (CI sets DEPUTYFLOW_DEMO=true)
                    environment
                            .getPropertySources()
                            .remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
                    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
                    try {
                        mysqlProfile(environment, env);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .withBean(DirectoryService.class, () -> mock(DirectoryService.class))
                .withBean(LoadingDirectory.class, () -> mock(LoadingDirectory.class))
                .withBean(PasswordEncoder.class, NoOpPasswordEncoder::getInstance)
                .withBean(PlatformTransactionManager.class, () -> mock(PlatformTransactionManager.class))
                .withUserConfiguration(DemoDataLoader.class);
    }

    /** The profile's file above the default one, as Spring Boot orders them; the environment variables on top. */
    private static void mysqlProfile(ConfigurableEnvironment environment, Map<String, Object> env) throws IOException {
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        List<PropertySource<?>> mysql = yaml.load("mysql", new ClassPathResource("application-mysql.yml"));
        List<PropertySource<?>> defaults = yaml.load("default", new ClassPathResource("application.yml"));
        environment.getPropertySources().addFirst(defaults.get(0));
        environment.getPropertySources().addFirst(mysql.get(0));
        environment.getPropertySources().addFirst(new MapPropertySource("env", env));
    }
}
