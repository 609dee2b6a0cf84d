package org.strengths.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached (for example while the embedded PostgreSQL is being started
 * again, ADR 0020) a request answers 503 with the "service unavailable" page and a {@code
 * Retry-After}, not the generic error page. It wraps the security filters, so it also covers
 * failures outside the controllers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DatabaseUnavailablePages extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailablePages.class);
  static final String RETRY_AFTER_SECONDS = "10";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException failure) {
      if (!databaseUnavailable(failure)) {
        throw failure;
      }
      if (response.isCommitted()) {
        // The answer has gone (typically the redirect after a save, whose data is committed);
        // what failed is the session's bookkeeping afterwards. An error page now would wait for
        // the database again and could only spoil an answer already sent.
        log.warn(
            "Lost the database after answering {} {} ({})",
            request.getMethod(),
            request.getRequestURI(),
            rootCause(failure).toString());
        return;
      }
      log.warn(
          "Answered {} {} with 503: the database cannot be reached ({})",
          request.getMethod(),
          request.getRequestURI(),
          rootCause(failure).toString());
      response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
      response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    }
  }

  /** Whether the failure, or anything that caused it, says the database cannot be reached. */
  static boolean databaseUnavailable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CannotCreateTransactionException
          || cause instanceof DataAccessResourceFailureException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof ConnectException) {
        return true;
      }
      // 08: connection exception; 57P01-03: the server is shutting down, crashed or starting
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
      // "Application exception overridden by rollback exception": the rollback failed too, on the
      // same lost connection; what went wrong first is the application exception
      if (cause instanceof TransactionSystemException rollback
          && rollback.getApplicationException() != null
          && databaseUnavailable(rollback.getApplicationException())) {
        return true;
      }
      // A commit or rollback failing with no SQLState: the pool's "Connection is closed", after
      // the connection was lost (the commit's own failure is then only logged)
      if (cause instanceof TransactionSystemException
          && cause.getCause() instanceof SQLException sql
          && sql.getSQLState() == null) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}
