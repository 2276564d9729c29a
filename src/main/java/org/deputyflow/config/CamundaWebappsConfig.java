package org.deputyflow.config;

import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Cockpit, Tasklist and Admin trust DeputyFlow's own sign-in instead of asking for a second
 * password: an admin who is signed in here is signed in there. Spring Security has already
 * refused everyone but admins on {@code /camunda/**}.
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappsConfig {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappsAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(
                Map.of("authentication-provider", SpringSecurityWebappAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
