package org.minyi.followup.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}, gathered by the gateway at {@code /v3/api-docs/follow-up}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI followUpApi() {
        return new OpenAPI()
                .info(new Info().title("民意 Minyi — 办理跟踪 follow-up").version("v1")
                        .description("承办单位的办理任务、办理进展与反馈，满意度评价，督办催办与办结，以及每个用户自己的通知。"
                                + "Handling units' tasks, progress and feedback; satisfaction ratings; the office's "
                                + "overdue list, urging and closing; every principal's own notifications."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
