package org.deputyflow;

import javax.sql.DataSource;
import org.deputyflow.shared.persistence.RecordingDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What every full-context test shares: a settable application clock, and a DataSource whose committed
 * transactions a test can record.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DeputyFlowTestConfiguration {

    /** Replaces the application clock in every test context; tests that set it reset it afterwards. */
    @Bean
    @org.springframework.context.annotation.Primary
    TestClock testClock() {
        return new TestClock();
    }

    /**
     * Wraps the DataSource before anyone uses it, so that the application, MyBatis and the engine all
     * write through it; it records nothing until a test asks (see {@link RecordingDataSource#record()}).
     */
    @Bean
    static BeanPostProcessor recordingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof RecordingDataSource)
                        ? new RecordingDataSource(dataSource)
                        : bean;
            }
        };
    }
}
