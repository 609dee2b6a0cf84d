package org.strengths.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;

/** An id in the address that is not one names no record: 404, never 400 or 500. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IdsInTheAddressTests {

  @Autowired MockMvc mvc;
  @Autowired StaffAccounts accounts;

  @Test
  void aPageWhoseAddressHasAMalformedIdAnswersWithTheNotFoundPage() throws Exception {
    StaffMember practitioner = practitioner();
    for (String path :
        List.of(
            "/people/not-an-id",
            "/people/not-an-id/network",
            "/people/not-an-id/conversations/new",
            "/people/not-an-id/plan",
            "/people/not-an-id/carers",
            "/people/not-an-id/connections",
            "/people/12345/ideas-for-connections")) {
      MockHttpServletResponse response =
          mvc.perform(get(path).with(user(practitioner))).andReturn().getResponse();
      assertThat(response.getStatus()).as(path).isEqualTo(404);
    }
  }

  @Test
  void anApiAddressWithAMalformedIdAnswersWithANotFoundProblem() throws Exception {
    StaffMember practitioner = practitioner();
    for (String path :
        List.of(
            "/api/v1/people/not-an-id",
            "/api/v1/people/not-an-id/conversations",
            "/api/v1/people/not-an-id/network",
            "/api/v1/conversations/not-an-id")) {
      MockHttpServletResponse response =
          mvc.perform(get(path).with(user(practitioner))).andReturn().getResponse();
      assertThat(response.getStatus()).as(path).isEqualTo(404);
      assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
      assertThat(response.getContentAsString())
          .as(path)
          .contains("urn:strengths:problem:not-found");
    }
  }

  private StaffMember practitioner() {
    StaffMember loaded = accounts.loadUserByUsername("practitioner");
    return StaffMember.of(
        loaded.id(), loaded.getUsername(), loaded.displayName(), loaded.role(), loaded.teamId());
  }
}
