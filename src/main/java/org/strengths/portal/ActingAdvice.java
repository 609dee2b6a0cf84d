package org.strengths.portal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.strengths.access.ActingFor;
import org.strengths.carer.CarerSharing;

/**
 * On the person's own pages, who is acting for the person when a representative is signed in
 * ({@code acting}, else {@code null}), and whether they act for others too ({@code actsForOthers}),
 * so that the page says whom they act for and lets them change it (docs/adr/0118).
 */
@ControllerAdvice(
    assignableTypes = {
      MyHomeController.class,
      MyWhoLookedController.class,
      MyActForController.class
    })
class ActingAdvice {

  private final SignedInAs signedInAs;
  private final Representatives representatives;
  private final CarerSharing carers;

  ActingAdvice(SignedInAs signedInAs, Representatives representatives, CarerSharing carers) {
    this.signedInAs = signedInAs;
    this.representatives = representatives;
    this.carers = carers;
  }

  /** Whether the one signed in is a carer with a carer's assessment or someone they care for. */
  @ModelAttribute("isCarer")
  boolean isCarer() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null
        && authentication.getPrincipal() instanceof PersonSignedIn person
        && !(authentication.getDetails() instanceof ActingFor)
        && (!carers.assessmentsOf(person.personId()).isEmpty()
            || !carers.caredForBy(person.personId()).isEmpty());
  }

  /** What the page says about the representative, or {@code null} when the person is signed in. */
  record ActingNow(String name, String attribution, String forFirstName, boolean actsForOthers) {}

  @ModelAttribute("acting")
  ActingNow acting() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !(authentication.getPrincipal() instanceof PersonSignedIn person)) {
      return null;
    }
    return signedInAs
        .acting(person)
        .map(
            acting ->
                new ActingNow(
                    acting.name(),
                    signedInAs.attribution(acting, person),
                    person.firstName(),
                    representatives.choices(person.invitationId()).size() > 1))
        .orElse(null);
  }
}
