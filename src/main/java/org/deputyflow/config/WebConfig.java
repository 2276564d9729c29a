package org.deputyflow.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Chinese first; {@code ?lang=en} switches a browser to English and a cookie remembers it. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    /** The languages the bundles are written in; Chinese is the default and the fallback. */
    static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    /**
     * The language a person chose on the pages (a cookie) comes first; an API client (and the API documentation)
     * without that cookie asks with {@code Accept-Language}; everyone else reads Chinese.
     */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("deputyflow-lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setDefaultLocaleFunction(WebConfig::defaultLanguage);
        return resolver;
    }

    static Locale defaultLanguage(HttpServletRequest request) {
        String asked = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (asked == null || asked.isBlank() || !(path.startsWith("/api/") || path.startsWith("/v3/api-docs"))) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(asked)) {
                for (Locale language : LANGUAGES) {
                    if (range.getRange().equals("*") || range.getRange().startsWith(language.getLanguage())) {
                        return language;
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header asks for nothing
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new AuditorConfinement());
    }
}
