package org.minyi.review.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}, gathered by the gateway at
 * {@code /v3/api-docs/committee-review}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI reviewApi() {
        return new OpenAPI()
                .info(new Info().title("民意 Minyi — 专委会审核与信息刊物 committee-review").version("v1")
                        .description("专委会审核队列：认领、采用（定级）、不予采用、退回修改、综合；办公室编发《社情民意》"
                                + "《政协信息专报》、报送领导、登记上级采用；审计记录。Committee review queues: claim, adopt "
                                + "(grade), decline, return for revision, merge; the office composes and issues "
                                + "publications, sends reports to the leaders and records upstream adoptions; the "
                                + "audit trail."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
