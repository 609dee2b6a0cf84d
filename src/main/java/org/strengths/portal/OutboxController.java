package org.strengths.portal;

import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.strengths.platform.Display;

/**
 * The outbox: every message to a person, whether Notify sent it, is retrying or refused it, and
 * (without a Notify key) the messages themselves, so a sign-in code can be read on a demo.
 */
@Controller
class OutboxController {

  private final OutboxPage outbox;
  private final NotifyProperties notify;
  private final Clock clock;

  OutboxController(OutboxPage outbox, NotifyProperties notify, Clock clock) {
    this.outbox = outbox;
    this.notify = notify;
    this.clock = clock;
  }

  @GetMapping("/admin/outbox")
  @PreAuthorize("hasRole('ADMIN')")
  String outbox(@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
    OutboxPage.Page shown = outbox.page(page);
    model.addAttribute("page", shown);
    model.addAttribute("sending", notify.sending());
    model.addAttribute(
        "rows",
        shown.messages().stream()
            .map(
                message ->
                    new Row(
                        message,
                        Display.momentOf(message.createdAt(), clock.getZone()),
                        message.sentAt() == null
                            ? ""
                            : Display.momentOf(message.sentAt(), clock.getZone()),
                        message.status() == OutboxMessage.Status.WAITING && message.attempts() > 0
                            ? Display.momentOf(message.nextAttemptAt(), clock.getZone())
                            : ""))
            .toList());
    return "portal/outbox";
  }

  /** A message as the page shows it, with its times in words. */
  record Row(OutboxMessage message, String created, String sent, String retry) {}
}
