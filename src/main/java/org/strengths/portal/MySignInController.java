package org.strengths.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.strengths.access.AuditLog;
import org.strengths.platform.web.FormErrors;

/**
 * Signing in to the person's own pages: their email address or mobile number, then the six-digit
 * code sent there. The first page says the same whether or not the address was invited, so it
 * cannot be used to find out who has pages here.
 */
@Controller
class MySignInController {

  static final String CONTACT = MySignInController.class.getName() + ".contact";

  private final PersonSignIn signIn;
  private final MyPagesText words;
  private final SignedInAs signedInAs;
  private final Representatives representatives;
  private final AuditLog audit;

  MySignInController(
      PersonSignIn signIn,
      MyPagesText words,
      SignedInAs signedInAs,
      Representatives representatives,
      AuditLog audit) {
    this.signIn = signIn;
    this.words = words;
    this.signedInAs = signedInAs;
    this.representatives = representatives;
    this.audit = audit;
  }

  /** What the person typed on the first page. */
  record ContactForm(String contact) {}

  /** What the person typed on the code page. */
  record CodeForm(String code) {}

  @GetMapping(PersonPagesSecurity.SIGN_IN)
  @PreAuthorize("permitAll()")
  String start(@ModelAttribute("form") ContactForm form, Model model) {
    model.addAttribute("errors", FormErrors.none());
    return "portal/my-sign-in";
  }

  @PostMapping(PersonPagesSecurity.SIGN_IN)
  @PreAuthorize("permitAll()")
  String askForCode(@ModelAttribute("form") ContactForm form, HttpSession session, Model model) {
    FormErrors errors = new FormErrors();
    Optional<ContactAddress> address = ContactAddress.read(form.contact());
    if (form.contact() == null || form.contact().isBlank()) {
      errors.add("contact", words.get("my.signIn.contact.missing"));
    } else if (address.isEmpty()) {
      errors.add("contact", words.get("my.signIn.contact.invalid"));
    } else if (signIn.requestCode(address.get()) == PersonSignIn.Requested.TOO_MANY) {
      errors.add("contact", words.get("my.signIn.contact.tooMany"));
    }
    if (!errors.isEmpty()) {
      model.addAttribute("errors", errors);
      return "portal/my-sign-in";
    }
    session.setAttribute(CONTACT, address.get().value());
    return "redirect:" + PersonPagesSecurity.SIGN_IN + "/code";
  }

  @GetMapping(PersonPagesSecurity.SIGN_IN + "/code")
  @PreAuthorize("permitAll()")
  String codePage(@ModelAttribute("form") CodeForm form, HttpSession session, Model model) {
    if (session.getAttribute(CONTACT) == null) {
      return "redirect:" + PersonPagesSecurity.SIGN_IN;
    }
    return showCode(session, model, FormErrors.none());
  }

  @PostMapping(PersonPagesSecurity.SIGN_IN + "/code")
  @PreAuthorize("permitAll()")
  String checkCode(
      @ModelAttribute("form") CodeForm form,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    HttpSession session = request.getSession();
    Optional<ContactAddress> address = ContactAddress.read((String) session.getAttribute(CONTACT));
    if (address.isEmpty()) {
      return "redirect:" + PersonPagesSecurity.SIGN_IN;
    }
    FormErrors errors = new FormErrors();
    if (form.code() == null || form.code().isBlank()) {
      errors.add("code", words.get("my.code.missing"));
      return showCode(session, model, errors);
    }
    if (!SignInCodeRules.wellFormed(form.code())) {
      errors.add("code", words.get("my.code.invalid"));
      return showCode(session, model, errors);
    }
    PersonSignIn.Checked checked = signIn.checkCode(address.get(), form.code());
    if (checked.person().isEmpty()) {
      errors.add("code", words.get("my.code." + checked.outcome()));
      return showCode(session, model, errors);
    }
    session.removeAttribute(CONTACT);
    signedInAs.signIn(checked.person().get(), request, response);
    // As a sign-in through an identity provider is (CitizenSignOn): as the person, or whoever
    // acts for them. "Who has looked" leaves sign-ins out; the audit trail keeps them.
    audit.recordByThePerson(checked.person().get().personId(), "sign-in", "sign-in", "code");
    // A representative acting for more than one person chooses whom they act for first.
    return representatives.choices(checked.person().get().invitationId()).size() > 1
        ? "redirect:" + MyActForController.PATH
        : "redirect:/my/";
  }

  private String showCode(HttpSession session, Model model, FormErrors errors) {
    model.addAttribute("contact", session.getAttribute(CONTACT));
    model.addAttribute("minutes", SignInCodeRules.LIFETIME.toMinutes());
    model.addAttribute("errors", errors);
    return "portal/my-code";
  }
}
