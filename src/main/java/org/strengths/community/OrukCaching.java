package org.strengths.community;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The public directory may be cached: its answers carry no personal data and change only when a
 * council worker edits an asset. Successful answers say {@code Cache-Control: public, max-age=300}
 * and carry an ETag, so a client or proxy reuses them for five minutes and afterwards asks again
 * with {@code If-None-Match}, getting 304 without the body if nothing changed. Refusals and
 * problems are not cached. Everything outside /oruk keeps Spring Security's {@code no-store}.
 */
@Configuration(proxyBeanMethods = false)
class OrukCaching {

  static final String CACHE_CONTROL = "public, max-age=300";

  /** Before the security filters, so it sees the Cache-Control they write and hashes the body. */
  @Bean
  FilterRegistrationBean<ShallowEtagHeaderFilter> orukEtags() {
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags =
        new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
    etags.addUrlPatterns(OrukApiController.BASE, OrukApiController.BASE + "/*");
    etags.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
    etags.setName("orukEtags");
    return etags;
  }

  /** Written by the ORUK security chain in place of its default no-store header. */
  static HeaderWriter cacheControl() {
    return (HttpServletRequest request, HttpServletResponse response) -> {
      boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
      boolean ok = response.getStatus() >= 200 && response.getStatus() < 300;
      response.setHeader(HttpHeaders.CACHE_CONTROL, read && ok ? CACHE_CONTROL : "no-store");
    };
  }
}
