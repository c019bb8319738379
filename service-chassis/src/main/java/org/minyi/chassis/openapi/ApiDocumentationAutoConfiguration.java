package org.minyi.chassis.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The service's OpenAPI document at {@code /v3/api-docs} (gathered by the gateway at
 * {@code /v3/api-docs/<service>}): bearer JWT on every endpoint, and every refusal as problem+json.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
@EnableConfigurationProperties(ApiProperties.class)
public class ApiDocumentationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceApi(ApiProperties api) {
        return new OpenAPI()
                .info(new Info().title(api.getTitle()).version("v1").description(api.getDescription()))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    ErrorAnswers errorAnswers() {
        return new ErrorAnswers();
    }
}
