package org.strengths.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

  @GetMapping("/sign-in")
  @PreAuthorize("permitAll()")
  String signIn(HttpServletRequest request, Model model) {
    model.addAttribute("failed", request.getParameter("error") != null);
    model.addAttribute("expired", request.getParameter("expired") != null);
    model.addAttribute("signedOut", request.getParameter("signedOut") != null);
    model.addAttribute("tooMany", request.getParameter("tooMany") != null);
    return "access/sign-in";
  }
}
