package org.minyi.intake.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}, gathered by the gateway at {@code /v3/api-docs/intake}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI intakeApi() {
        return new OpenAPI()
                .info(new Info().title("民意 Minyi — 受理 intake").version("v1")
                        .description("提交、修改、撤回社情民意信息，查询办理进程与参考数据。Stations and members submit, revise "
                                + "and withdraw reports; everyone allowed follows their life; reference lists."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
