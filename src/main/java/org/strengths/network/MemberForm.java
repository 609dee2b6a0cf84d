package org.strengths.network;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.FormVersions;

/**
 * What was typed into the "add or change a relationship" form, as text, so that anything typed can
 * be shown back. {@link #check} turns it into {@link MemberDetails} or the problems, as field →
 * message key. Wrong codes (a tampered radio value) are problems, never a server error.
 */
class MemberForm {

  static final int LABEL_MAX = 200;
  static final int SPECIFIC_TIE_MAX = 100;
  static final int TEXT_MAX = 2000;
  static final int LINK_MAX = 300;

  /** The "not known" choice for how often they are in touch. */
  static final String UNKNOWN = "UNKNOWN";

  private static final Pattern UUID_IN_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private String kind;
  private String label;
  private String specificTie;
  private String linkedPerson;
  private String strength;
  private String stressful;
  private String direction;
  private String contactFrequency;
  private String wantsChange;
  private String changeWanted;
  private String givesCare;
  private String willing;
  private String able;
  private String impactOnThem;
  private String personAgrees;
  private String consentToContact;
  private String version;

  /** The outcome of checking: details when there are no problems. */
  record Checked(MemberDetails details, Map<String, String> problems) {
    boolean valid() {
      return problems.isEmpty();
    }
  }

  /**
   * Checks what was typed.
   *
   * @param mayLink whether a person record may be linked: it exists, the user may see it, and it is
   *     not the person themselves
   */
  Checked check(Predicate<UUID> mayLink) {
    Map<String, String> problems = new LinkedHashMap<>();
    TieKind kindValue = choice(kind, TieKind::valueOf, "kind", problems);
    String labelValue = shortText(label, LABEL_MAX, "label", problems);
    if (labelValue == null && !problems.containsKey("label")) {
      problems.put("label", "network.error.label.missing");
    }
    String tie = shortText(specificTie, SPECIFIC_TIE_MAX, "specificTie", problems);
    UUID linked = linked(mayLink, problems);
    TieStrength strengthValue = choice(strength, TieStrength::valueOf, "strength", problems);
    Boolean stressfulValue = yesNo(stressful, "stressful", problems);
    SupportDirection directionValue =
        choice(direction, SupportDirection::valueOf, "direction", problems);
    ContactFrequency contact =
        FormErrors.typed(contactFrequency) == null
                || UNKNOWN.equals(FormErrors.typed(contactFrequency))
            ? null
            : choice(contactFrequency, ContactFrequency::valueOf, "contactFrequency", problems);
    Answer wants = answer(wantsChange, "wantsChange", problems);
    String how = shortText(changeWanted, TEXT_MAX, "changeWanted", problems);
    Boolean care = yesNo(givesCare, "givesCare", problems);
    Answer willingValue = answer(willing, "willing", problems);
    Answer ableValue = answer(able, "able", problems);
    String impact = shortText(impactOnThem, TEXT_MAX, "impactOnThem", problems);
    Answer agrees = answer(personAgrees, "personAgrees", problems);
    Answer consent = answer(consentToContact, "consentToContact", problems);
    if (!problems.isEmpty()) {
      return new Checked(null, problems);
    }
    boolean cares = care;
    return new Checked(
        new MemberDetails(
            kindValue,
            labelValue,
            tie,
            linked,
            strengthValue,
            stressfulValue,
            directionValue,
            contact,
            wants,
            wants == Answer.YES ? how : null,
            cares,
            // The 6.64 questions are about care given; without it, keep no answers about them.
            cares ? willingValue : Answer.NOT_ASKED,
            cares ? ableValue : Answer.NOT_ASKED,
            cares ? impact : null,
            cares ? agrees : Answer.NOT_ASKED,
            consent),
        problems);
  }

  /** The form filled in with a saved relationship. */
  static MemberForm of(NetworkMemberView member) {
    MemberForm form = new MemberForm();
    form.kind = member.kind().name();
    form.label = member.label();
    form.specificTie = member.specificTie();
    form.linkedPerson = member.linkedPersonId() == null ? null : member.linkedPersonId().toString();
    form.strength = member.strength().name();
    form.stressful = member.stressful() ? "yes" : "no";
    form.direction = member.direction().name();
    form.contactFrequency =
        member.contactFrequency() == null ? UNKNOWN : member.contactFrequency().name();
    form.wantsChange = member.wantsChange().name();
    form.changeWanted = member.changeWanted();
    form.givesCare = member.givesCare() ? "yes" : "no";
    form.willing = member.willing().name();
    form.able = member.able().name();
    form.impactOnThem = member.impactOnThem();
    form.personAgrees = member.personAgrees().name();
    form.consentToContact = member.consentToContact().name();
    form.version = String.valueOf(member.version());
    return form;
  }

  /** The version the user started from; -1 (never current) if missing or not a number. */
  int versionSeen() {
    return FormVersions.seen(version);
  }

  /** The record id typed or pasted (a whole address will do), or null. */
  UUID linkedPersonId() {
    String cleaned = FormErrors.typed(linkedPerson);
    if (cleaned == null) {
      return null;
    }
    Matcher found = UUID_IN_TEXT.matcher(cleaned);
    return found.find() ? UUID.fromString(found.group()) : null;
  }

  private UUID linked(Predicate<UUID> mayLink, Map<String, String> problems) {
    String cleaned = FormErrors.typed(linkedPerson);
    if (cleaned == null) {
      return null;
    }
    UUID id = cleaned.length() > LINK_MAX ? null : linkedPersonId();
    // One message for unknown and not allowed, so the form cannot be used to find who exists.
    if (id == null || !mayLink.test(id)) {
      problems.put("linkedPerson", "network.error.linkedPerson.invalid");
      return null;
    }
    return id;
  }

  private static <E extends Enum<E>> E choice(
      String code, Function<String, E> parse, String field, Map<String, String> problems) {
    String cleaned = FormErrors.typed(code);
    if (cleaned == null) {
      problems.put(field, "network.error." + field + ".missing");
      return null;
    }
    try {
      return parse.apply(cleaned);
    } catch (IllegalArgumentException notOne) {
      problems.put(field, "network.error." + field + ".missing");
      return null;
    }
  }

  private static Boolean yesNo(String value, String field, Map<String, String> problems) {
    String cleaned = FormErrors.typed(value);
    if ("yes".equals(cleaned)) {
      return true;
    }
    if ("no".equals(cleaned)) {
      return false;
    }
    problems.put(field, "network.error." + field + ".missing");
    return null;
  }

  /** An unanswered question was not asked; anything else must be one of the answers. */
  private static Answer answer(String value, String field, Map<String, String> problems) {
    String cleaned = FormErrors.typed(value);
    if (cleaned == null) {
      return Answer.NOT_ASKED;
    }
    try {
      return Answer.valueOf(cleaned);
    } catch (IllegalArgumentException notOne) {
      problems.put(field, "network.error.choice.invalid");
      return Answer.NOT_ASKED;
    }
  }

  private static String shortText(
      String value, int max, String field, Map<String, String> problems) {
    String cleaned = FormErrors.typed(value);
    if (cleaned != null && cleaned.length() > max) {
      problems.put(field, "network.error." + field + ".tooLong");
    }
    return cleaned;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getSpecificTie() {
    return specificTie;
  }

  public void setSpecificTie(String specificTie) {
    this.specificTie = specificTie;
  }

  public String getLinkedPerson() {
    return linkedPerson;
  }

  public void setLinkedPerson(String linkedPerson) {
    this.linkedPerson = linkedPerson;
  }

  public String getStrength() {
    return strength;
  }

  public void setStrength(String strength) {
    this.strength = strength;
  }

  public String getStressful() {
    return stressful;
  }

  public void setStressful(String stressful) {
    this.stressful = stressful;
  }

  public String getDirection() {
    return direction;
  }

  public void setDirection(String direction) {
    this.direction = direction;
  }

  public String getContactFrequency() {
    return contactFrequency;
  }

  public void setContactFrequency(String contactFrequency) {
    this.contactFrequency = contactFrequency;
  }

  public String getWantsChange() {
    return wantsChange;
  }

  public void setWantsChange(String wantsChange) {
    this.wantsChange = wantsChange;
  }

  public String getChangeWanted() {
    return changeWanted;
  }

  public void setChangeWanted(String changeWanted) {
    this.changeWanted = changeWanted;
  }

  public String getGivesCare() {
    return givesCare;
  }

  public void setGivesCare(String givesCare) {
    this.givesCare = givesCare;
  }

  public String getWilling() {
    return willing;
  }

  public void setWilling(String willing) {
    this.willing = willing;
  }

  public String getAble() {
    return able;
  }

  public void setAble(String able) {
    this.able = able;
  }

  public String getImpactOnThem() {
    return impactOnThem;
  }

  public void setImpactOnThem(String impactOnThem) {
    this.impactOnThem = impactOnThem;
  }

  public String getPersonAgrees() {
    return personAgrees;
  }

  public void setPersonAgrees(String personAgrees) {
    this.personAgrees = personAgrees;
  }

  public String getConsentToContact() {
    return consentToContact;
  }

  public void setConsentToContact(String consentToContact) {
    this.consentToContact = consentToContact;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }
}
