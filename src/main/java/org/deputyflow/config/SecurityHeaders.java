package org.deputyflow.config;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The response headers of every page and API answer. Our pages load scripts and styles from this
 * site only and have no inline script, inline handler or style attribute, so the policy allows
 * nothing inline. Camunda's webapps send their own, looser policy (they need inline scripts and
 * eval), and Swagger UI gets one that allows the inline styles it generates; neither receives ours,
 * since two policies on one response both apply and the stricter would break them.
 * HSTS is written on secure requests only, which behind a TLS proxy means
 * {@code X-Forwarded-Proto: https} from a trusted proxy ({@code server.forward-headers-strategy}).
 */
final class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

    static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";

    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";

    static final long HSTS_SECONDS = 31_536_000;

    @Override
    public void customize(HeadersConfigurer<HttpSecurity> headers) {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher camunda = path.matcher("/camunda/**");
        RequestMatcher swagger = new OrRequestMatcher(path.matcher("/swagger-ui.html"), path.matcher("/swagger-ui/**"));
        RequestMatcher pages = new NegatedRequestMatcher(new OrRequestMatcher(camunda, swagger));
        headers.contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // this host only: other hosts of the office's domain may not all have TLS
                .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS).includeSubDomains(false))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        pages, new ContentSecurityPolicyHeaderWriter(PAGES_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        swagger, new ContentSecurityPolicyHeaderWriter(SWAGGER_POLICY)));
    }
}
