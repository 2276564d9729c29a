package org.deputyflow.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.SignInRefusedException;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.web.Problems;
import org.deputyflow.token.ApiTokens;
import org.deputyflow.token.web.BearerTokenFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Pages sign in with a form; {@code /api/**} also takes HTTP Basic or a personal API token
 * ({@code Authorization: Bearer}), without a session.
 * The engine's REST API and its webapps are for admins only, and read-only unless
 * {@code deputyflow.engine-rest.writable} opens them. CSRF protects every request that rides on
 * a session; only a request that carries its own credentials and no session needs none.
 * The audit trail is the auditor's alone (三员分立): an auditor reaches nothing else (see
 * {@link AuditorConfinement}), and the admin not it.
 * Sign-ins, sign-outs, expired sessions and every use of the engine's API are lines of the trail.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String[] PUBLIC_PATHS = {
        "/login",
        "/public/**",
        "/css/**",
        "/js/**",
        "/images/**",
        "/vendor/**",
        "/webjars/**",
        "/favicon.ico",
        "/error",
        "/actuator/health",
        "/actuator/health/liveness",
        "/actuator/health/readiness",
        "/actuator/info"
    };

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ObjectMapper objectMapper,
            Problems problemDetails,
            @Value("${deputyflow.engine-rest.writable:false}") boolean engineWritable,
            AuthenticationManager signIn,
            DirectoryService directory,
            ApiTokens tokens,
            AuditTrail audit)
            throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher api = new OrRequestMatcher(
                path.matcher("/api/**"),
                path.matcher("/engine-rest/**"),
                path.matcher("/v3/api-docs/**"),
                path.matcher("/camunda/api/**"),
                path.matcher("/actuator/**"));
        RequestMatcher engineWrites = engineWritable ? request -> false : new EngineWrites();
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(objectMapper, problemDetails);
        RequestMatcher engineUse =
                new OrRequestMatcher(path.matcher("/engine-rest/**"), path.matcher("/camunda/api/**"));
        RequestMatcher staticFiles = new OrRequestMatcher(
                path.matcher("/css/**"),
                path.matcher("/js/**"),
                path.matcher("/images/**"),
                path.matcher("/vendor/**"),
                path.matcher("/webjars/**"),
                path.matcher("/favicon.ico"),
                path.matcher("/camunda/app/**"),
                path.matcher("/camunda/assets/**"),
                path.matcher("/camunda/lib/**"));

        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .requestMatchers(engineWrites)
                        .denyAll()
                        .requestMatchers("/engine-rest/**", "/camunda/**", "/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/audit/**")
                        .hasRole(Role.AUDITOR.name())
                        .anyRequest()
                        .authenticated())
                // lockout and throttling: see org.deputyflow.directory.SignInAuthentication
                .authenticationManager(signIn)
                .addFilterBefore(new AccountStateFilter(directory, api, problems), AuthorizationFilter.class)
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(AuditedSessions.signedIn(audit))
                        .failureHandler(signInFailures())
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout")
                        .addLogoutHandler(AuditedSessions.signedOut(audit))
                        .deleteCookies("JSESSIONID", "SESSION"))
                .addFilterAfter(new AuditedSessions.Expiry(audit, staticFiles), SecurityContextHolderFilter.class)
                .addFilterBefore(new AuditedEngineUse(engineUse, audit), ExceptionTranslationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(
                        new BearerTokenFilter(
                                tokens, problemDetails, new MappingJackson2HttpMessageConverter(objectMapper)),
                        BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(problems, api)
                        .defaultAccessDeniedHandlerFor(problems, api))
                // Camunda's webapps bring their own CSRF filter for their XHR API
                .csrf(csrf ->
                        csrf.ignoringRequestMatchers(new OwnCredentialsWithoutSession(), path.matcher("/camunda/**")))
                .headers(new SecurityHeaders());
        return http.build();
    }

    /** The sign-in page says why: a locked login, a refused address, or wrong credentials. */
    private static ExceptionMappingAuthenticationFailureHandler signInFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(
                LockedException.class.getName(),
                "/login?error=locked",
                SignInRefusedException.class.getName(),
                "/login?error=refused"));
        return failures;
    }

    /**
     * Spring Security would observe every filter, authentication and authorization of every request;
     * nothing reads those observations, and they cost each API call its share of the CPU. The request's
     * own metric ({@code http.server.requests}) and the sign-in metrics stay.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
