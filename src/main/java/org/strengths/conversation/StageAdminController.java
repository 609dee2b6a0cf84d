package org.strengths.conversation;

import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.platform.web.FormErrors;

/** Admins rename the conversation stages to a local model's words; the stage codes never change. */
@Controller
class StageAdminController {

  private final Stages stages;
  private final AuditLog audit;
  private final ConversationText text;

  StageAdminController(Stages stages, AuditLog audit, ConversationText text) {
    this.stages = stages;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping("/admin/conversation-stages")
  @PreAuthorize("hasRole('ADMIN')")
  String form(@RequestParam Map<String, String> typed, Model model) {
    return show(Map.of(), ConversationFormCheck.errors(), model);
  }

  @PostMapping("/admin/conversation-stages")
  @PreAuthorize("hasRole('ADMIN')")
  String rename(
      @RequestParam Map<String, String> typed,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    FormErrors errors = ConversationFormCheck.errors();
    for (Stages.Stage stage : stages.all()) {
      String label = FormErrors.typed(typed.get("label-" + stage.code()));
      if (label == null) {
        errors.add("label-" + stage.code(), text.get("conversation.stages.error.required"));
      } else if (label.length() > 100) {
        errors.add("label-" + stage.code(), text.get("conversation.error.tooLong", "100"));
      }
    }
    if (!errors.isEmpty()) {
      return show(typed, errors, model);
    }
    for (Stages.Stage stage : stages.all()) {
      String label = FormErrors.typed(typed.get("label-" + stage.code()));
      if (label.equals(stage.label())) {
        continue;
      }
      int seen = version(typed.get("version-" + stage.code()));
      if (!stages.rename(stage.code(), seen, label, staff.getUsername())) {
        errors.add("label-" + stage.code(), text.get("conversation.stages.error.conflict"));
        continue;
      }
      audit.record(null, "conversation-stage", "change", null, stage.code() + ": " + label);
    }
    if (!errors.isEmpty()) {
      return show(typed, errors, model);
    }
    redirect.addFlashAttribute("savedMessage", "conversation.stages.saved");
    return "redirect:/admin/conversation-stages";
  }

  private static int version(String typed) {
    try {
      return Integer.parseInt(typed == null ? "" : typed.strip());
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }

  private String show(Map<String, String> typed, FormErrors errors, Model model) {
    model.addAttribute("stages", stages.all());
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    return "conversation/stages";
  }
}
