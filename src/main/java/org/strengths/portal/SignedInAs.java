package org.strengths.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.strengths.access.ActingFor;

/**
 * Signs someone in to a person's own pages. {@link PersonSignedIn} names the person whose pages
 * they are; when the invitation used is a representative's, the sign-in also carries {@link
 * ActingFor}, so that the audit log names the representative (docs/adr/0118).
 */
@Component
class SignedInAs {

  private final Representatives representatives;
  private final MyPagesText words;
  private final HttpSessionSecurityContextRepository contexts = PersonPagesSecurity.contexts();

  SignedInAs(Representatives representatives, MyPagesText words) {
    this.representatives = representatives;
    this.words = words;
  }

  /** Starts a new session signed in as {@code person} (a new session id, against fixation). */
  void signIn(PersonSignedIn person, HttpServletRequest request, HttpServletResponse response) {
    request.getSession();
    request.changeSessionId();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication(person));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
  }

  Authentication authentication(PersonSignedIn person) {
    UsernamePasswordAuthenticationToken token =
        UsernamePasswordAuthenticationToken.authenticated(
            person, null, List.of(new SimpleGrantedAuthority(PersonSignedIn.AUTHORITY)));
    representatives
        .acting(person.invitationId())
        .ifPresent(
            acting -> token.setDetails(ActingFor.representative(attribution(acting, person))));
    return token;
  }

  /** "Ali Raza, lasting power of attorney, for Nusrat". */
  String attribution(Representatives.Acting acting, PersonSignedIn person) {
    return words.get(
        "reps.attribution",
        acting.name(),
        words.get("reps.authority.short." + acting.authority()),
        person.firstName());
  }

  /** Who is acting for the signed-in person now, if a representative is. */
  Optional<Representatives.Acting> acting(PersonSignedIn person) {
    return representatives.acting(person.invitationId());
  }
}
