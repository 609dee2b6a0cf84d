package org.strengths.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.strengths.platform.web.Problems;

/** The API's answers to "who are you?" (401) and "you may not" (403), as problem+json. */
final class ApiSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
      throws IOException {
    boolean sentAToken = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    response.setHeader(
        HttpHeaders.WWW_AUTHENTICATE, sentAToken ? "Bearer error=\"invalid_token\"" : "Bearer");
    Problems.write(
        response,
        Problems.of(
            HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED_DETAIL, request.getRequestURI()));
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException reason)
      throws IOException {
    Problems.write(
        response,
        Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN_DETAIL, request.getRequestURI()));
  }
}
