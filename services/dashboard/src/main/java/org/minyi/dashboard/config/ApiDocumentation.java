package org.minyi.dashboard.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}, gathered by the gateway at {@code /v3/api-docs/dashboard}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI dashboardApi() {
        return new OpenAPI()
                .info(new Info().title("民意 Minyi — 看板 dashboard").version("v1")
                        .description("实时看板与年度考核：状态统计、各环节用时、走势、超期督办、实时推送，委员履职、目标与等级、"
                                + "积分台账与表彰候选；只有编号与计数，从不含信息正文。The live board and the yearly "
                                + "assessment: counts by status, time in each stage, trend, overdue list, live stream; "
                                + "members' duties, targets and grades, the points ledger and commendation candidates. "
                                + "Codes and counts only, never report text."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
