package org.deputyflow.suggestion.web;

import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;

/** The suggestion pages' binding: error codes resolve in the suggestion bundle ("suggestion." + code). */
final class PageBinding {

    private PageBinding() {
    }

    static void configure(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("suggestion.");
        binder.setMessageCodesResolver(codes);
        binder.setDisallowedFields("id");
    }
}
