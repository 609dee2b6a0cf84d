package org.strengths.connection;

import java.util.EnumSet;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.strengths.access.StaffMember;
import org.strengths.community.CommunityAssets;
import org.strengths.person.People;

/**
 * Connections sent and answered through this module's own services, for tests of pages elsewhere
 * that list them. The asset must belong to {@code organisationId}.
 */
public final class WorkFixtures {

  private WorkFixtures() {}

  /** Sends a warm introduction to an organisation providing care, sharing the person's name. */
  public static UUID send(
      ApplicationContext context, UUID personId, UUID assetId, StaffMember practitioner) {
    Connections connections = context.getBean(Connections.class);
    Connections.Sending sent =
        connections.send(
            context.getBean(People.class).find(personId).orElseThrow(),
            context.getBean(CommunityAssets.class).find(assetId).orElseThrow(),
            new SharingChoice(
                ConnectionMethod.WARM_INTRODUCTION,
                true,
                LawfulBasis.IMPLIED_CONSENT,
                null,
                null,
                null,
                EnumSet.of(SharedField.NAME),
                null,
                null,
                "Would love to join"),
            practitioner);
    if (!(sent instanceof Connections.Made made)) {
      throw new IllegalStateException("Not sent: " + sent);
    }
    return made.id();
  }

  /** The partner accepts the connection. */
  public static void accept(ApplicationContext context, UUID connectionId, StaffMember partner) {
    Connection c = context.getBean(ConnectionStore.class).find(connectionId).orElseThrow();
    Connections.Change change =
        context
            .getBean(Connections.class)
            .changeStatus(
                c,
                c.version(),
                ConnectionStatus.ACCEPTED,
                null,
                null,
                StatusRule.Side.PARTNER,
                partner);
    if (!(change instanceof Connections.Saved)) {
      throw new IllegalStateException("Not accepted: " + change);
    }
  }

  /** A message on the connection, from the partner or from the council's side. */
  public static void message(
      ApplicationContext context,
      UUID connectionId,
      String body,
      boolean fromPartner,
      StaffMember by) {
    Connection c = context.getBean(ConnectionStore.class).find(connectionId).orElseThrow();
    context
        .getBean(Connections.class)
        .reply(c, body, fromPartner ? StatusRule.Side.PARTNER : StatusRule.Side.PRACTITIONER, by)
        .ifPresent(
            problem -> {
              throw new IllegalStateException("Not sent: " + problem);
            });
  }
}
