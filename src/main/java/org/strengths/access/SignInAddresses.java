package org.strengths.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Failed sign-ins counted per client address, in the database so that every instance sees them:
 * once an address has failed {@code strengths.sign-in.address-limit} times (50 by default) within
 * 15 minutes, its sign-ins are refused until those 15 minutes are up, before any password is
 * checked. This sits beside the lock of an account after 5 failures ({@link StaffAccounts}), which
 * guessing one password at a time across many accounts does not trip. An IPv6 address counts by its
 * /64, as one machine usually has a whole /64. See docs/adr/0031.
 */
@Component
class SignInAddresses {

  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final Duration FORGET_AFTER = Duration.ofDays(1);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final int limit;

  SignInAddresses(
      JdbcClient jdbc, Clock clock, @Value("${strengths.sign-in.address-limit:50}") int limit) {
    if (limit < 1) {
      throw new IllegalStateException("strengths.sign-in.address-limit must be at least 1");
    }
    this.jdbc = jdbc;
    this.clock = clock;
    this.limit = limit;
  }

  /** Whether sign-ins from this address are refused for now. */
  boolean refused(String address) {
    return jdbc.sql(
                """
            SELECT count(*) FROM access_sign_in_address
            WHERE address = :address AND failures >= :limit AND window_started_at > :windowStart
            """)
            .param("address", key(address))
            .param("limit", limit)
            .param("windowStart", at(clock.instant().minus(WINDOW)))
            .query(Integer.class)
            .single()
        > 0;
  }

  /** Counts a failed sign-in from this address; a window that has run out starts again at 1. */
  @Transactional
  void recordFailure(String address) {
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO access_sign_in_address (address, window_started_at, failures)
            VALUES (:address, :now, 1)
            ON CONFLICT (address) DO UPDATE SET
              failures = CASE WHEN access_sign_in_address.window_started_at <= :windowStart
                THEN 1 ELSE access_sign_in_address.failures + 1 END,
              window_started_at = CASE WHEN access_sign_in_address.window_started_at <= :windowStart
                THEN :now ELSE access_sign_in_address.window_started_at END
            """)
        .param("address", key(address))
        .param("now", at(now))
        .param("windowStart", at(now.minus(WINDOW)))
        .update();
    jdbc.sql("DELETE FROM access_sign_in_address WHERE window_started_at < :forgotten")
        .param("forgotten", at(now.minus(FORGET_AFTER)))
        .update();
  }

  /** The address as counted: IPv4 as it is, IPv6 by its first 64 bits. */
  static String key(String address) {
    if (address == null || address.isBlank()) {
      return "unknown";
    }
    if (!address.contains(":")) {
      return address;
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      if (bytes.length != 16) {
        return InetAddress.getByAddress(bytes).getHostAddress();
      }
      return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
    } catch (UnknownHostException notAnAddress) {
      return address;
    }
  }

  private OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, clock.getZone());
  }

  /** Refuses a sign-in from a refused address, before the password is checked. */
  static final class RefuseBusyAddresses extends OncePerRequestFilter {

    static final String REFUSED_PAGE = "/sign-in?tooMany";

    private final SignInAddresses addresses;

    RefuseBusyAddresses(SignInAddresses addresses) {
      this.addresses = addresses;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !("POST".equals(request.getMethod()) && "/sign-in".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (addresses.refused(request.getRemoteAddr())) {
        response.sendRedirect(request.getContextPath() + REFUSED_PAGE);
        return;
      }
      chain.doFilter(request, response);
    }
  }
}
