package org.deputyflow.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The API documentation at /swagger-ui.html; "Try it out" signs in with HTTP Basic or a personal API token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI deputyFlowOpenApi() {
        return new OpenAPI()
            .info(new Info().title("DeputyFlow 代表建议办理系统 API").version("v1")
                .description("错误一律以 application/problem+json 返回：400 请求有误，401 未登录，403 无权操作，"
                    + "404 不存在或无权查看，409 状态冲突。"))
            .components(new Components()
                .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .description("个人 API 令牌：POST /api/tokens 签发")))
            .addSecurityItem(new SecurityRequirement().addList("basic"))
            .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
