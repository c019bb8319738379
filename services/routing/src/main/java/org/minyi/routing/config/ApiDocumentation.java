package org.minyi.routing.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}, gathered by the gateway at {@code /v3/api-docs/routing}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI routingApi() {
        return new OpenAPI()
                .info(new Info().title("民意 Minyi — 分办 routing").version("v1")
                        .description("按分办规则把社情民意信息分送专委会；办公室维护规则、改派信息、登记信息反映点并查看审计记录。"
                                + "Routes each report to a committee by the office's versioned rules; the office "
                                + "re-routes, keeps the rules and the assigned topics (信息反映点), and reads the audit trail."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
