package org.strengths.community;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strengths.platform.StrengthsProperties;

/**
 * With demo data enabled and an empty gaps register, a year of unmet needs recorded by the demo
 * council's practitioners in four districts, some of them met a couple of months later, so the
 * register and the gaps over time (insight, ADR 0167) have something to show on a fresh start.
 * Generated the same every time; dated back from the day of the start.
 */
@Component
@Order(15)
class GapsDemo implements ApplicationRunner {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** What was needed, where, of what kind (null: not said). */
  private record Need(String need, String area, AssetKind kind, String who) {}

  private static final List<Need> NEEDS =
      List.of(
          new Need("Evening walking group for men", "LS7", AssetKind.ASSOCIATION, "Men over 60"),
          new Need("Carers' group that meets after work", "LS8", AssetKind.ASSOCIATION, "Carers"),
          new Need("Step-free space for a lunch club", "LS11", AssetKind.PHYSICAL, "Older people"),
          new Need("Befriending in Urdu", "LS8", AssetKind.SERVICE, "Older women"),
          new Need("Allotment plot to share", "LS12", AssetKind.NATURAL, null),
          new Need(
              "Dementia-friendly singing group",
              "LS7",
              AssetKind.CULTURAL,
              "People living" + " with dementia"),
          new Need("Transport to the day centre on Saturdays", "LS11", null, "Wheelchair users"),
          new Need("Weekend befriending", "LS12", AssetKind.SERVICE, "Younger disabled adults"));

  private final StrengthsProperties properties;
  private final JdbcClient jdbc;
  private final Clock clock;

  GapsDemo(StrengthsProperties properties, JdbcClient jdbc, Clock clock) {
    this.properties = properties;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.demo()
        || jdbc.sql("SELECT count(*) FROM community_gap").query(Long.class).single() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(LONDON));
    List<String> workers = List.of("practitioner", "practitioner2", "practitioner3");
    int n = 0;
    for (int monthsAgo = 11; monthsAgo >= 0; monthsAgo--) {
      LocalDate first = today.withDayOfMonth(1).minusMonths(monthsAgo);
      int needs = 5 + (monthsAgo * 7) % 4;
      for (int i = 0; i < needs; i++, n++) {
        LocalDate on = first.plusDays((i * 5L) % 27);
        if (on.isAfter(today)) {
          continue;
        }
        Need need = NEEDS.get(n % NEEDS.size());
        // Needs for a group or a place are met two months on, one in two; the rest stay open.
        LocalDate met = on.plusMonths(2);
        boolean closed = n % 2 == 0 && need.kind() != null && met.isBefore(today);
        jdbc.sql(
                """
                INSERT INTO community_gap (id, need, kind, area, who, created_at, created_by,
                  closed_at, closed_by)
                VALUES (:id, :need, :kind, :area, :who, :at, :by, :closedAt, :closedBy)
                """)
            .param("id", UUID.nameUUIDFromBytes(("demo-gap-" + n).getBytes()))
            .param("need", need.need())
            .param("kind", need.kind() == null ? null : need.kind().name())
            .param("area", need.area())
            .param("who", need.who())
            .param("at", on.atTime(LocalTime.of(14, 0)).atZone(LONDON).toOffsetDateTime())
            .param("by", workers.get(n % workers.size()))
            .param(
                "closedAt",
                closed ? met.atTime(LocalTime.of(10, 0)).atZone(LONDON).toOffsetDateTime() : null)
            .param("closedBy", closed ? "analyst" : null)
            .update();
      }
    }
  }
}
