package org.deputyflow.suggestion.web;

import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;

/**
 * The suggestion pages' binding: a form's own error codes resolve in the suggestion bundle ("suggestion." + code);
 * a service's refusal ({@code error.…}) is already a full code and resolves as it is.
 */
final class PageBinding {

    private PageBinding() {}

    static void configure(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver() {
            @Override
            protected String postProcessMessageCode(String code) {
                return code.startsWith("error.") ? code : super.postProcessMessageCode(code);
            }
        };
        codes.setPrefix("suggestion.");
        binder.setMessageCodesResolver(codes);
        binder.setDisallowedFields("id");
    }
}
