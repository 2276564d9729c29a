package org.deputyflow.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.deputyflow.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Problem details in the caller's language: the title names the status ({@code problem.title.409}), the
 * detail is the sentence of a bundle code, and the {@code code} property carries that code, so that a
 * client can act on the code and show the sentence.
 */
@Component
public class Problems {

    private final MessageSource messages;
    private final LocaleResolver locales;

    Problems(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** Inside a controller call, where the request's language is already resolved. */
    public ProblemDetail of(HttpStatus status, MessageSourceResolvable detail) {
        return of(status, detail, LocaleContextHolder.getLocale());
    }

    /** In a filter, before the dispatcher has resolved the request's language. */
    public ProblemDetail of(HttpStatus status, MessageSourceResolvable detail, HttpServletRequest request) {
        return of(status, detail, locales.resolveLocale(request));
    }

    public ProblemDetail of(HttpStatus status, MessageSourceResolvable detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detail, locale));
        problem.setTitle(
                messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        String[] codes = detail.getCodes();
        if (codes != null && codes.length > 0) {
            problem.setProperty("code", codes[0]);
        }
        return problem;
    }

    public ProblemDetail of(HttpStatus status, String code, Object... arguments) {
        return of(status, Text.of(code, arguments));
    }

    /** The sentence in the current request's language. */
    public String text(MessageSourceResolvable text) {
        return messages.getMessage(text, LocaleContextHolder.getLocale());
    }
}
