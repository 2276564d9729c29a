package org.deputyflow.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Locale;
import org.springdoc.core.customizers.OpenApiLocaleCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API documentation at /swagger-ui.html; "Try it out" signs in with HTTP Basic or a personal API token.
 * Its texts are bundle codes, written in the reader's language (springdoc resolves the annotations' codes,
 * {@link #inTheReadersLanguage} the document's own).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI deputyFlowOpenApi() {
        return new OpenAPI()
                .info(new Info().title("api.title").version("v1").description("api.description"))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic"))
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("api.bearer")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }

    @Bean
    OpenApiLocaleCustomizer inTheReadersLanguage(MessageSource messages) {
        return (openApi, locale) -> {
            Locale language = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
            Info info = openApi.getInfo();
            info.setTitle(messages.getMessage("api.title", null, language));
            info.setDescription(messages.getMessage("api.description", null, language));
            openApi.getComponents()
                    .getSecuritySchemes()
                    .get("token")
                    .setDescription(messages.getMessage("api.bearer", null, language));
        };
    }
}
