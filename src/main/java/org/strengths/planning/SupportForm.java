package org.strengths.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.strengths.network.Answer;
import org.strengths.network.CarerCheck;
import org.strengths.platform.Money;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.Ids;

/** A line of support as typed. Fields that do not apply to the line's kind are ignored. */
record SupportForm(
    String help,
    String givenBy,
    List<String> outcomeIds,
    String willing,
    String able,
    String impact,
    String personAgrees,
    String networkMemberId,
    String communityAssetId,
    String serviceType,
    String serviceComponent,
    String deliveryMechanism,
    String unitCost,
    String costFrequency,
    String units,
    String startDay,
    String startMonth,
    String startYear,
    String endDay,
    String endMonth,
    String endYear,
    String suspendedFromDay,
    String suspendedFromMonth,
    String suspendedFromYear,
    String suspendedUntilDay,
    String suspendedUntilMonth,
    String suspendedUntilYear,
    String version) {

  static final int HELP = 1000;
  static final int NAME = 200;
  static final int IMPACT = 2000;
  static final BigDecimal MOST_UNITS = BigDecimal.valueOf(168);

  SupportForm {
    outcomeIds = outcomeIds == null ? List.of() : List.copyOf(outcomeIds);
  }

  static SupportForm blank() {
    return new SupportForm(
        null, null, List.of(), null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, "0");
  }

  static SupportForm of(SupportLine line) {
    CarerCheck check = line.check();
    return new SupportForm(
        line.help(),
        line.givenBy(),
        line.outcomeIds().stream().map(UUID::toString).toList(),
        yesNo(check.willing().yesNo()),
        yesNo(check.able().yesNo()),
        check.impactOnThem(),
        yesNo(check.personAgrees().yesNo()),
        text(line.networkMemberId()),
        text(line.communityAssetId()),
        line.serviceType() == null ? null : line.serviceType().code(),
        line.serviceComponent(),
        line.deliveryMechanism() == null ? null : line.deliveryMechanism().code(),
        line.unitCost() == null ? null : line.unitCost().typed(),
        line.costFrequency() == null ? null : line.costFrequency().code(),
        line.plannedUnitsPerWeek() == null
            ? null
            : line.plannedUnitsPerWeek().stripTrailingZeros().toPlainString(),
        DateInput.day(line.startOn()),
        DateInput.month(line.startOn()),
        DateInput.year(line.startOn()),
        DateInput.day(line.endOn()),
        DateInput.month(line.endOn()),
        DateInput.year(line.endOn()),
        DateInput.day(line.suspendedFrom()),
        DateInput.month(line.suspendedFrom()),
        DateInput.year(line.suspendedFrom()),
        DateInput.day(line.suspendedUntil()),
        DateInput.month(line.suspendedUntil()),
        DateInput.year(line.suspendedUntil()),
        String.valueOf(line.version()));
  }

  SupportForm withVersion(int newVersion) {
    return new SupportForm(
        help,
        givenBy,
        outcomeIds,
        willing,
        able,
        impact,
        personAgrees,
        networkMemberId,
        communityAssetId,
        serviceType,
        serviceComponent,
        deliveryMechanism,
        unitCost,
        costFrequency,
        units,
        startDay,
        startMonth,
        startYear,
        endDay,
        endMonth,
        endYear,
        suspendedFromDay,
        suspendedFromMonth,
        suspendedFromYear,
        suspendedUntilDay,
        suspendedUntilMonth,
        suspendedUntilYear,
        String.valueOf(newVersion));
  }

  /** Checks what was typed for a line of this kind against the plan's outcomes. */
  SupportLine check(
      SupportKind kind,
      Set<UUID> planOutcomes,
      Predicate<String> knownComponent,
      FormErrors errors,
      PlanText text) {
    String cleanHelp = limited(errors, "help", help, HELP, "planning.error.help.required", text);
    String cleanGivenBy =
        kind.namesTheGiver()
            ? limited(
                errors, "givenBy", givenBy, NAME, "planning.error.givenBy." + kind.name(), text)
            : null;
    List<UUID> outcomes =
        outcomeIds.stream().map(Ids::orNull).filter(planOutcomes::contains).toList();
    if (outcomes.isEmpty() || outcomes.size() != outcomeIds.size()) {
      errors.add("outcomeIds", "outcomeIds-first", text.get("planning.error.outcomeIds.required"));
    }
    CarerCheck check =
        kind == SupportKind.NETWORK
            ? network(errors, text)
            : new CarerCheck(false, null, null, null, null);
    Service service =
        kind == SupportKind.COMMISSIONED ? service(knownComponent, errors, text) : Service.NONE;
    return new SupportLine(
        null,
        null,
        kind,
        cleanHelp,
        cleanGivenBy,
        kind == SupportKind.NETWORK ? Ids.orNull(networkMemberId) : null,
        check,
        kind == SupportKind.COMMUNITY ? Ids.orNull(communityAssetId) : null,
        service.type(),
        service.component(),
        service.mechanism(),
        service.unitCost(),
        service.frequency(),
        service.units(),
        service.start(),
        service.end(),
        service.suspendedFrom(),
        service.suspendedUntil(),
        outcomes,
        0);
  }

  private CarerCheck network(FormErrors errors, PlanText text) {
    String cleanImpact = FormErrors.typed(impact);
    if (cleanImpact != null && cleanImpact.length() > IMPACT) {
      errors.add("impact", text.get("planning.error.tooLong", IMPACT));
    }
    return CarerCheck.forHelp(
        Answer.ofYesNo(PlanSections.yesNo(willing)),
        Answer.ofYesNo(PlanSections.yesNo(able)),
        cleanImpact,
        Answer.ofYesNo(PlanSections.yesNo(personAgrees)));
  }

  private record Service(
      ServiceType type,
      String component,
      DeliveryMechanism mechanism,
      Money unitCost,
      CostFrequency frequency,
      BigDecimal units,
      LocalDate start,
      LocalDate end,
      LocalDate suspendedFrom,
      LocalDate suspendedUntil) {
    static final Service NONE =
        new Service(null, null, null, null, null, null, null, null, null, null);
  }

  private Service service(Predicate<String> knownComponent, FormErrors errors, PlanText text) {
    Optional<ServiceType> type = ServiceType.ofCode(serviceType);
    if (type.isEmpty()) {
      errors.add("serviceType", text.get("planning.error.serviceType"));
    }
    String component = serviceComponent == null ? null : serviceComponent.strip();
    if (component == null || !knownComponent.test(component)) {
      errors.add("serviceComponent", text.get("planning.error.serviceComponent"));
    }
    Optional<DeliveryMechanism> mechanism = DeliveryMechanism.ofCode(deliveryMechanism);
    if (mechanism.isEmpty()) {
      errors.add("deliveryMechanism", text.get("planning.error.deliveryMechanism"));
    }
    Money.Typed cost = Money.parse(unitCost);
    if (cost.problem() != null) {
      errors.add("unitCost", text.get("planning.error.money." + cost.problem().name()));
    }
    Optional<CostFrequency> frequency = CostFrequency.ofCode(costFrequency);
    if (frequency.isEmpty()) {
      errors.add("costFrequency", text.get("planning.error.costFrequency"));
    }
    BigDecimal plannedUnits = units(errors, text);
    LocalDate start = date(errors, text, "start", startDay, startMonth, startYear, true);
    LocalDate end = date(errors, text, "end", endDay, endMonth, endYear, false);
    if (start != null && end != null && end.isBefore(start)) {
      errors.add("end", "endDay", text.get("planning.error.end.beforeStart"));
    }
    LocalDate from =
        date(
            errors,
            text,
            "suspendedFrom",
            suspendedFromDay,
            suspendedFromMonth,
            suspendedFromYear,
            false);
    LocalDate until =
        date(
            errors,
            text,
            "suspendedUntil",
            suspendedUntilDay,
            suspendedUntilMonth,
            suspendedUntilYear,
            false);
    if (until != null && from == null) {
      errors.add("suspendedFrom", "suspendedFromDay", text.get("planning.error.suspendedFrom"));
    } else if (from != null && start != null && from.isBefore(start)) {
      errors.add(
          "suspendedFrom",
          "suspendedFromDay",
          text.get("planning.error.suspendedFrom.beforeStart"));
    } else if (from != null && until != null && until.isBefore(from)) {
      errors.add(
          "suspendedUntil",
          "suspendedUntilDay",
          text.get("planning.error.suspendedUntil.beforeFrom"));
    }
    return new Service(
        type.orElse(null),
        component,
        mechanism.orElse(null),
        cost.money(),
        frequency.orElse(null),
        plannedUnits,
        start,
        end,
        from,
        until);
  }

  private BigDecimal units(FormErrors errors, PlanText text) {
    String typed = units == null ? "" : units.strip();
    if (typed.isEmpty()) {
      errors.add("units", text.get("planning.error.units.required"));
      return null;
    }
    if (!typed.matches("\\d{1,3}(\\.\\d{1,2})?")) {
      errors.add("units", text.get("planning.error.units.format"));
      return null;
    }
    BigDecimal value = new BigDecimal(typed);
    if (value.signum() <= 0 || value.compareTo(MOST_UNITS) > 0) {
      errors.add("units", text.get("planning.error.units.range"));
      return null;
    }
    return value;
  }

  private static LocalDate date(
      FormErrors errors,
      PlanText text,
      String field,
      String day,
      String month,
      String year,
      boolean required) {
    DateInput.Result typed = DateInput.read(day, month, year);
    if (typed.blank() && required) {
      errors.add(field, field + "Day", text.get("planning.error." + field + ".required"));
    }
    text.dateProblem(typed, "planning.date." + field)
        .ifPresent(message -> errors.add(field, field + "Day", message));
    return typed.date();
  }

  private static String limited(
      FormErrors errors, String field, String typed, int most, String requiredKey, PlanText text) {
    String value = FormErrors.typed(typed);
    if (value == null) {
      errors.add(field, text.get(requiredKey));
    } else if (value.length() > most) {
      errors.add(field, text.get("planning.error.tooLong", most));
    }
    return value;
  }

  private static String yesNo(Boolean answer) {
    return answer == null ? null : answer ? "yes" : "no";
  }

  private static String text(UUID id) {
    return id == null ? null : id.toString();
  }
}
