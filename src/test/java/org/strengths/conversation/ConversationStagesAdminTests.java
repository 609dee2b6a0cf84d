package org.strengths.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.testing.WebSession;

/** The admin page for the local names of the conversation stages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConversationStagesAdminTests {

  private static final String PASSWORD = "strengths-demo";

  @LocalServerPort int port;

  @Test
  void anAdminSeesTheStageNames() {
    WebSession admin = WebSession.signedIn(port, "admin", PASSWORD);

    HttpResponse<String> page = admin.get("/admin/conversation-stages");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"label-crisis\"");
    HttpResponse<String> refused =
        admin.post(
            "/admin/conversation-stages",
            Map.of("label-listen-and-connect", "", "label-crisis", "x", "label-good-life", "y"));
    assertThat(refused.body()).contains("Enter a name for the stage");
  }
}
