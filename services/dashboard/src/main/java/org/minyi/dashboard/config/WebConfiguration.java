package org.minyi.dashboard.config;

import org.minyi.dashboard.web.RequestSizeLimit;
import org.minyi.dashboard.web.UnknownParameters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Bodies (targets, points tables) are small: anything over {@code minyi.http.max-body} is refused with
 * 413, right after the security chain, so that the refusal is audited with the caller who asked (nothing
 * before it reads a body: form bodies are not parsed, see {@code spring.mvc.formcontent.filter}). A query
 * parameter an API endpoint does not take is refused with 400.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(@Value("${minyi.http.max-body:64KB}") DataSize max) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
                new RequestSizeLimit(max.toBytes()));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    WebMvcConfigurer strictParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new UnknownParameters()).addPathPatterns("/api/**");
            }
        };
    }
}
