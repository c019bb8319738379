package org.minyi.leadership.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}, gathered by the gateway at {@code /v3/api-docs/leadership-instruction}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI leadershipApi() {
        return new OpenAPI()
                .info(new Info().title("民意 Minyi — 领导批示 leadership-instruction").version("v1")
                        .description("领导收件箱、领导批示（指定主办、协办单位及办理期限）、政协办公室转办与存档，以及本服务的审计记录。"
                                + "The leaders' inbox, instructions that assign a lead and supporting units with deadlines, "
                                + "the office's forwards and archiving, and this service's audit trail."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
