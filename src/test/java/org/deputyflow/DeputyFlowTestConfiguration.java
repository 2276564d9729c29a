package org.deputyflow;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What every full-context test shares: a settable application clock.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DeputyFlowTestConfiguration {

    /** Replaces the application clock in every test context; tests that set it reset it afterwards. */
    @Bean
    @org.springframework.context.annotation.Primary
    TestClock testClock() {
        return new TestClock();
    }
}
