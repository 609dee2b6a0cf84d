package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.strengths.testing.TestClock;
import org.strengths.testing.WebSession;

/**
 * Sign-ins limited per client address, over real HTTP: the count is in the database (so every
 * instance on it refuses the address), covers unknown and real accounts alike, refuses even the
 * right password with a clear message once the limit is reached, and runs out after 15 minutes.
 */
@AccessIntegrationTest
class SignInAddressesTest {

  private static final String PASSWORD = "correct horse battery";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;

  @Value("${strengths.sign-in.address-limit}")
  int limit;

  private String address;

  /** Starts from no failures and learns how this machine's address is counted. */
  @BeforeEach
  void oneFailureFromHere() {
    forgetAddresses();
    new WebSession(port).signIn("nobody-" + UUID.randomUUID(), "wrong");
    address = jdbc.sql("SELECT address FROM access_sign_in_address").query(String.class).single();
  }

  @AfterEach
  void forgetAddresses() {
    jdbc.sql("DELETE FROM access_sign_in_address").update();
  }

  @Test
  void countsFailuresFromOneAddressAcrossUnknownAndRealAccounts() {
    new WebSession(port).signIn("nobody-" + UUID.randomUUID(), "wrong");
    new WebSession(port).signIn(freshAccount(), "wrong");

    assertThat(failures()).isEqualTo(3);
  }

  @Test
  void refusesEvenTheRightPasswordFromAnAddressThatFailedTooOften() {
    String username = freshAccount();
    setFailures(limit - 1, 0);
    WebSession browser = new WebSession(port);

    assertThat(WebSession.location(browser.signIn(username, "wrong"))).endsWith("/sign-in?error");
    HttpResponse<String> right = browser.signIn(username, PASSWORD);

    assertThat(WebSession.location(right)).endsWith("/sign-in?tooMany");
    HttpResponse<String> page = browser.get("/sign-in?tooMany");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("There have been too many failed sign-ins from your network")
        .contains("<title>Error:");
    assertThat(failures()).as("refused attempts are not counted again").isEqualTo(limit);
  }

  @Test
  void letsTheAddressInAgainOnceItsFifteenMinutesAreUp() {
    String username = freshAccount();
    setFailures(limit, 16);

    assertThat(WebSession.location(new WebSession(port).signIn(username, PASSWORD)))
        .doesNotContain("error")
        .doesNotContain("tooMany");
  }

  @Test
  void aNewWindowStartsCountingAgainFromOne() {
    setFailures(limit - 1, 16);

    new WebSession(port).signIn("nobody-" + UUID.randomUUID(), "wrong");

    assertThat(failures()).isEqualTo(1);
  }

  @Test
  void countsAnIpv6AddressByItsSlash64AndKeepsIpv4AsItIs() {
    assertThat(SignInAddresses.key("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
        .isEqualTo(SignInAddresses.key("2001:db8:1:2::1"))
        .isEqualTo("20010db800010002::/64");
    assertThat(SignInAddresses.key("203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(SignInAddresses.key(null)).isEqualTo("unknown");
  }

  private void setFailures(int failures, int minutesAgo) {
    jdbc.sql(
            """
            UPDATE access_sign_in_address
            SET failures = :failures, window_started_at = :now - make_interval(mins => :minutes)
            WHERE address = :address
            """)
        .param("failures", failures)
        .param("now", TestClock.offsetNow())
        .param("minutes", minutesAgo)
        .param("address", address)
        .update();
  }

  private int failures() {
    return jdbc.sql("SELECT failures FROM access_sign_in_address WHERE address = :address")
        .param("address", address)
        .query(Integer.class)
        .single();
  }

  private String freshAccount() {
    String username = "address-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql(
            """
            INSERT INTO access_staff (id, username, display_name, password_hash, role)
            VALUES (:id, :username, 'Test Account', :hash, 'PRACTITIONER')
            """)
        .param("id", UUID.randomUUID())
        .param("username", username)
        .param("hash", passwords.encode(PASSWORD))
        .update();
    return username;
  }
}
