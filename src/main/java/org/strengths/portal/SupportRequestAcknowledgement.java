package org.strengths.portal;

import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Acknowledges a request made online through Notify, by email if one was given, else by text to a
 * mobile (a landline gets none: the confirmation page showed the reference). The message is put in
 * the outbox in the same transaction as the request, so a request is never sent without its
 * acknowledgement waiting, and carries only the first name and the reference.
 */
@Component
class SupportRequestAcknowledgement {

  static final String TEMPLATE = "support-request-received";

  private final Notifications notifications;

  SupportRequestAcknowledgement(Notifications notifications) {
    this.notifications = notifications;
  }

  @EventListener
  void on(SupportRequested requested) {
    Stream.of(requested.email(), requested.phone())
        .flatMap(typed -> ContactAddress.read(typed).stream())
        .findFirst()
        .ifPresent(
            address ->
                notifications.send(
                    TEMPLATE,
                    address.value(),
                    Map.of(
                        "first_name", requested.firstName(), "reference", requested.reference())));
  }
}
