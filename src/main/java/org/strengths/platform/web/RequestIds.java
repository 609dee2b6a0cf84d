package org.strengths.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request has an id: in each log line written while serving it ({@code requestId} in the MDC,
 * so in the JSON logs and the dev pattern), in the {@code X-Request-Id} response header, and on the
 * error pages, where a user can quote it to support. An id from the load balancer or proxy in front
 * ({@code X-Request-Id}) is kept when it is plain (letters, digits, {@code - _ . :}, at most 64),
 * so one id follows the request through both; anything else is replaced by our own.
 */
@Configuration(proxyBeanMethods = false)
public class RequestIds {

  public static final String HEADER = "X-Request-Id";

  /** The MDC key and the request attribute (which the error pages read as {@code requestId}). */
  public static final String KEY = "requestId";

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The id of the request being served; made now if the filter has not run (never null). */
  public static String of(HttpServletRequest request) {
    Object id = request.getAttribute(KEY);
    if (id instanceof String existing) {
      return existing;
    }
    String made = chosen(request.getHeader(HEADER));
    request.setAttribute(KEY, made);
    return made;
  }

  /** The incoming id if it is plain, else a new one. */
  static String chosen(String incoming) {
    return incoming != null && PLAIN.matcher(incoming).matches() ? incoming : newId();
  }

  /** Twelve characters without look-alikes (no I, L, O, U), in fours to read over the phone. */
  static String newId() {
    StringBuilder id = new StringBuilder(15);
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        id.append('-');
      }
      id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return id.toString();
  }

  /** First of all filters, on the request and again on the error page's dispatch. */
  @Bean
  FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
    FilterRegistrationBean<RequestIdFilter> filter =
        new FilterRegistrationBean<>(new RequestIdFilter());
    filter.setOrder(Ordered.HIGHEST_PRECEDENCE);
    filter.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
    filter.setName("requestIds");
    return filter;
  }

  static final class RequestIdFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
      return false;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String id = of(request);
      MDC.put(KEY, id);
      if (!response.isCommitted()) {
        response.setHeader(HEADER, id);
      }
      chain.doFilter(request, response);
      // Cleared only after a normal return: when an exception escapes, the container logs it
      // after this filter has returned, and that line should carry the id too. The error page's
      // dispatch (or the thread's next request) sets the id again and clears it then.
      MDC.remove(KEY);
    }
  }
}
