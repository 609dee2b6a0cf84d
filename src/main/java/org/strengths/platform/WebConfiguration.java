package org.strengths.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  static final String GOVUK_FRONTEND =
      "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    // GOV.UK Frontend's stylesheet looks for its images under /assets. Its fonts are licensed
    // for GOV.UK services only, so they are not served and the stylesheet falls back to Arial.
    registry
        .addResourceHandler("/assets/images/**")
        .addResourceLocations(GOVUK_FRONTEND + "assets/images/");
    registry.addResourceHandler("/assets/govuk/**").addResourceLocations(GOVUK_FRONTEND);
  }
}
