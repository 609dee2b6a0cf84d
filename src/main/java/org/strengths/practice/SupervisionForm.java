package org.strengths.practice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormVersions;

/**
 * What is typed into the supervision form, exactly as typed, so nothing is lost when it is shown
 * again with a problem or a conflict. New actions bind as {@code actions[0].description}; what was
 * decided about each action still open binds as {@code outcomes[actionId]}.
 */
public class SupervisionForm {

  /** Rows for new actions on the form. */
  static final int ACTION_ROWS = 3;

  /** The longest text under one heading. */
  static final int MAX_TEXT = 5000;

  static final int MAX_ACTION = 500;
  static final int MAX_OWNER = 100;

  /** The headings, in the order the form shows them (KcVETS, then reflection and the rest). */
  static final List<String> HEADINGS =
      List.of(
          "knowledge",
          "valuesEthics",
          "theoriesMethods",
          "skills",
          "reflection",
          "decisions",
          "wellbeing");

  private String version = "0";
  private String heldOnDay;
  private String heldOnMonth;
  private String heldOnYear;
  private List<String> discussed = new ArrayList<>();
  private String knowledge;
  private String valuesEthics;
  private String theoriesMethods;
  private String skills;
  private String reflection;
  private String decisions;
  private String wellbeing;
  private List<ActionRow> actions = new ArrayList<>();
  private Map<String, String> outcomes = new LinkedHashMap<>();

  /** A new action as typed: what, who and by when. */
  public static class ActionRow {
    private String description;
    private String owner;
    private String dueDay;
    private String dueMonth;
    private String dueYear;

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getOwner() {
      return owner;
    }

    public void setOwner(String owner) {
      this.owner = owner;
    }

    public String getDueDay() {
      return dueDay;
    }

    public void setDueDay(String dueDay) {
      this.dueDay = dueDay;
    }

    public String getDueMonth() {
      return dueMonth;
    }

    public void setDueMonth(String dueMonth) {
      this.dueMonth = dueMonth;
    }

    public String getDueYear() {
      return dueYear;
    }

    public void setDueYear(String dueYear) {
      this.dueYear = dueYear;
    }

    DateInput.Result due() {
      return DateInput.read(dueDay, dueMonth, dueYear);
    }

    boolean blank() {
      return isBlank(description)
          && isBlank(owner)
          && isBlank(dueDay)
          && isBlank(dueMonth)
          && isBlank(dueYear);
    }
  }

  /** A form showing a stored session, for changing it. */
  static SupervisionForm of(SupervisionStore.Session session, List<UUID> discussed) {
    SupervisionForm form = new SupervisionForm();
    form.version = String.valueOf(session.version());
    form.heldOnDay = DateInput.day(session.heldOn());
    form.heldOnMonth = DateInput.month(session.heldOn());
    form.heldOnYear = DateInput.year(session.heldOn());
    form.discussed = new ArrayList<>(discussed.stream().map(UUID::toString).toList());
    form.knowledge = session.knowledge();
    form.valuesEthics = session.valuesEthics();
    form.theoriesMethods = session.theoriesMethods();
    form.skills = session.skills();
    form.reflection = session.reflection();
    form.decisions = session.decisions();
    form.wellbeing = session.wellbeing();
    return form;
  }

  /** Adds empty rows until there are as many as the form shows, keeping what was typed. */
  SupervisionForm withActionRows() {
    while (actions.size() < ACTION_ROWS) {
      actions.add(new ActionRow());
    }
    return this;
  }

  DateInput.Result heldOn() {
    return DateInput.read(heldOnDay, heldOnMonth, heldOnYear);
  }

  /** The text under a heading, by its field name. */
  public String heading(String field) {
    return switch (field) {
      case "knowledge" -> knowledge;
      case "valuesEthics" -> valuesEthics;
      case "theoriesMethods" -> theoriesMethods;
      case "skills" -> skills;
      case "reflection" -> reflection;
      case "decisions" -> decisions;
      case "wellbeing" -> wellbeing;
      default -> throw new IllegalArgumentException(field);
    };
  }

  int versionSeen() {
    return FormVersions.seen(version);
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getHeldOnDay() {
    return heldOnDay;
  }

  public void setHeldOnDay(String heldOnDay) {
    this.heldOnDay = heldOnDay;
  }

  public String getHeldOnMonth() {
    return heldOnMonth;
  }

  public void setHeldOnMonth(String heldOnMonth) {
    this.heldOnMonth = heldOnMonth;
  }

  public String getHeldOnYear() {
    return heldOnYear;
  }

  public void setHeldOnYear(String heldOnYear) {
    this.heldOnYear = heldOnYear;
  }

  public List<String> getDiscussed() {
    return discussed;
  }

  public void setDiscussed(List<String> discussed) {
    this.discussed = discussed == null ? new ArrayList<>() : discussed;
  }

  public String getKnowledge() {
    return knowledge;
  }

  public void setKnowledge(String knowledge) {
    this.knowledge = knowledge;
  }

  public String getValuesEthics() {
    return valuesEthics;
  }

  public void setValuesEthics(String valuesEthics) {
    this.valuesEthics = valuesEthics;
  }

  public String getTheoriesMethods() {
    return theoriesMethods;
  }

  public void setTheoriesMethods(String theoriesMethods) {
    this.theoriesMethods = theoriesMethods;
  }

  public String getSkills() {
    return skills;
  }

  public void setSkills(String skills) {
    this.skills = skills;
  }

  public String getReflection() {
    return reflection;
  }

  public void setReflection(String reflection) {
    this.reflection = reflection;
  }

  public String getDecisions() {
    return decisions;
  }

  public void setDecisions(String decisions) {
    this.decisions = decisions;
  }

  public String getWellbeing() {
    return wellbeing;
  }

  public void setWellbeing(String wellbeing) {
    this.wellbeing = wellbeing;
  }

  public List<ActionRow> getActions() {
    return actions;
  }

  public void setActions(List<ActionRow> actions) {
    this.actions = actions == null ? new ArrayList<>() : actions;
  }

  public Map<String, String> getOutcomes() {
    return outcomes;
  }

  public void setOutcomes(Map<String, String> outcomes) {
    this.outcomes = outcomes == null ? new LinkedHashMap<>() : outcomes;
  }

  LocalDate heldOnOrNull() {
    return heldOn().date();
  }
}
