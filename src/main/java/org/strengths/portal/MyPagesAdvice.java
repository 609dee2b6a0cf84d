package org.strengths.portal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** On the person's own pages the service name in the header leads to their home, not staff's. */
@ControllerAdvice(
    assignableTypes = {
      MySignInController.class,
      MyHomeController.class,
      MyWhoLookedController.class,
      MyActForController.class,
      MyCaringController.class
    })
class MyPagesAdvice {

  @ModelAttribute("homePath")
  String homePath() {
    return "/my/";
  }
}
