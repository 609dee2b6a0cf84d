package org.strengths.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signing in to the person's own pages over HTTP as a person would, with the code read from the
 * outbox (tests have no Notify key, so nothing is sent).
 */
public final class PersonSignIns {

  private PersonSignIns() {}

  /**
   * Invites the person to their own pages at the address, as the practitioner does from the
   * record's Online access, having checked it with them.
   */
  public static void invite(WebSession practitioner, UUID personId, String contact) {
    String page = "/people/" + personId + "/online-access";
    practitioner.get(page);
    assertThat(practitioner.post(page, Map.of("contact", contact, "confirmed", "yes")).statusCode())
        .isEqualTo(302);
  }

  /** The code in the newest sign-in message to the address. */
  public static String newestCode(JdbcClient jdbc, String contact) {
    return jdbc.sql(
            """
            SELECT personalisation->>'code' FROM portal_outbox
            WHERE recipient = :to AND template = 'sign-in-code' ORDER BY seq DESC LIMIT 1
            """)
        .param("to", contact.toLowerCase())
        .query(String.class)
        .single();
  }

  /** Asks for a code at /my/sign-in and types it in; the answer to the code (a redirect). */
  public static HttpResponse<String> signIn(WebSession session, JdbcClient jdbc, String contact) {
    session.get("/my/sign-in");
    assertThat(session.post("/my/sign-in", Map.of("contact", contact)).statusCode()).isEqualTo(302);
    session.get("/my/sign-in/code");
    return session.post("/my/sign-in/code", Map.of("code", newestCode(jdbc, contact)));
  }
}
