package org.strengths.community;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.conversation.PersonInTheirWords;
import org.strengths.person.People;
import org.strengths.person.PersonDetails;
import org.strengths.platform.Display;

/**
 * "Ideas for connections" on a person's record. On arrival, a few ideas for each thing that matters
 * to the person, taken from what they said in their recent conversations (see {@link
 * ConversationWords}), each saying which of their words it fits, who said them and when, and how
 * far away it is; what the practitioner types instead gives one list for those words, and a box
 * deliberately emptied looks for anything nearby. Only the person's postcode, age and language are
 * used, and the view is audited.
 */
@Controller
class IdeasController {

  static final int SHOWN = 15;

  private final People people;
  private final AuditLog audit;
  private final ConnectionIdeas connectionIdeas;
  private final AssetStore store;
  private final Postcodes postcodes;
  private final PersonInTheirWords inTheirWords;
  private final MessageSource messages;
  private final Clock clock;

  IdeasController(
      People people,
      AuditLog audit,
      ConnectionIdeas connectionIdeas,
      AssetStore store,
      Postcodes postcodes,
      PersonInTheirWords inTheirWords,
      MessageSource messages,
      Clock clock) {
    this.people = people;
    this.audit = audit;
    this.connectionIdeas = connectionIdeas;
    this.store = store;
    this.postcodes = postcodes;
    this.inTheirWords = inTheirWords;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * One group of ideas on the page.
   *
   * @param heading the thing that matters, as said, or the page's own words for a typed search
   * @param quoted whether the heading is the person's words (shown in quotation marks)
   * @param source which conversation it comes from and who said it, or {@code null}
   * @param alsoFit ideas listed under an earlier group that fit this one too
   */
  record Group(
      String id,
      String heading,
      boolean quoted,
      String source,
      List<Idea> ideas,
      List<Asset> alsoFit) {}

  /**
   * @param why each reason it came up, in words
   * @param distance how far from their home, or {@code null} if unknown
   * @param language their language, if the asset welcomes its speakers
   */
  record Idea(Asset asset, List<String> why, String distance, String language) {}

  @GetMapping("/people/{id}/ideas-for-connections")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String ideas(
      PersonInScope scope,
      @RequestParam(required = false) String interests,
      Locale locale,
      Model model) {
    PersonDetails person = people.details(scope);
    audit.record(person.id(), "ideas", "view");
    Postcodes.Point home = postcodes.find(person.postcode()).orElse(null);
    BigDecimal age =
        person.dateOfBirth() == null
            ? null
            : BigDecimal.valueOf(
                Period.between(person.dateOfBirth(), LocalDate.now(clock)).getYears());
    String language =
        person.mainLanguage() != null && !"English".equals(person.mainLanguage())
            ? person.mainLanguage()
            : null;
    Sentences words = new Sentences(locale);
    List<Group> groups;
    String typed = interests == null ? null : interests.strip();
    ConversationWords.Themes themes =
        interests == null
            ? ConversationWords.themes(
                inTheirWords.recentFor(person.id(), ConversationWords.CONVERSATIONS))
            : null;
    if (themes != null && !themes.isEmpty()) {
      List<ConnectionIdeas.Group> found = connectionIdeas.forThemes(themes.themes(), home, age);
      Map<UUID, Asset> assets =
          assets(
              found.stream()
                  .flatMap(
                      g ->
                          Stream.concat(
                              g.ideas().stream().map(ConnectionIdeas.Idea::assetId),
                              g.alsoFit().stream()))
                  .toList());
      groups = new ArrayList<>();
      for (int i = 0; i < found.size(); i++) {
        ConnectionIdeas.Group group = found.get(i);
        groups.add(
            new Group(
                "theme-" + (i + 1),
                group.theme().said(),
                true,
                words.caption(group.theme()),
                ideas(group.ideas(), assets, language, words),
                group.alsoFit().stream().map(assets::get).filter(a -> a != null).toList()));
      }
      model.addAttribute("fromConversation", true);
      model.addAttribute(
          "conversationsText",
          themes.latest() == null
              ? words.text("community.ideas.fromConversationUndated")
              : themes.conversations() == 1
                  ? words.text("community.ideas.fromConversation", Display.dateOf(themes.latest()))
                  : words.text(
                      "community.ideas.fromConversations",
                      Display.dateOf(themes.latest()),
                      themes.conversations()));
      model.addAttribute("leftOut", themes.leftOut());
      typed = null;
    } else {
      if (typed != null && typed.length() > 500) {
        model.addAttribute("tooLong", true);
        typed = typed.substring(0, 500);
      }
      List<ConnectionIdeas.Idea> found = connectionIdeas.forWords(typed, home, age, SHOWN);
      Map<UUID, Asset> assets = assets(found.stream().map(ConnectionIdeas.Idea::assetId).toList());
      boolean anything = typed == null || typed.isBlank();
      groups =
          List.of(
              new Group(
                  "typed",
                  anything
                      ? words.text(
                          home == null ? "community.ideas.anything" : "community.ideas.nearby")
                      : words.text("community.ideas.forTyped"),
                  false,
                  null,
                  ideas(found, assets, language, words),
                  List.of()));
      model.addAttribute("fromConversation", false);
      model.addAttribute("leftOut", 0);
    }
    model.addAttribute("person", person);
    model.addAttribute("interests", typed);
    model.addAttribute("groups", groups);
    model.addAttribute("noIdeas", groups.stream().allMatch(g -> g.ideas().isEmpty()));
    model.addAttribute("hasHome", home != null);
    model.addAttribute(
        "district", person.postcode() == null ? null : Postcodes.district(person.postcode()));
    return "community/ideas";
  }

  private Map<UUID, Asset> assets(List<UUID> ids) {
    return store.findAll(List.copyOf(new LinkedHashSet<>(ids))).stream()
        .collect(Collectors.toMap(Asset::id, Function.identity()));
  }

  private static List<Idea> ideas(
      List<ConnectionIdeas.Idea> found, Map<UUID, Asset> assets, String language, Sentences words) {
    List<Idea> ideas = new ArrayList<>();
    for (ConnectionIdeas.Idea idea : found) {
      Asset asset = assets.get(idea.assetId());
      if (asset == null) {
        continue;
      }
      List<String> why = new ArrayList<>();
      for (int i = 0; i < idea.because().size(); i++) {
        why.addAll(words.because(idea.because().get(i), i > 0));
      }
      ideas.add(
          new Idea(
              asset,
              why,
              idea.metres() == null
                  ? null
                  : words.text("community.ideas.distance", Distance.kilometres(idea.metres())),
              language != null && asset.languages().contains(language) ? language : null));
    }
    return ideas;
  }

  /** The page's sentences, from the bundle. */
  private final class Sentences {
    private final Locale locale;

    Sentences(Locale locale) {
      this.locale = locale;
    }

    String text(String key, Object... args) {
      return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    /** "In the conversation on 3 November 2026: what matters to them, said by them". */
    String caption(ConversationWords.Theme theme) {
      return text(
          "community.ideas.theme.caption",
          day(theme),
          text("community.ideas.part." + theme.part()),
          saidBy(theme));
    }

    List<String> because(ConnectionIdeas.Because because, boolean also) {
      if (because.theme() == null) {
        return because.words().stream()
            .map(word -> text("community.ideas.reason.matches", word))
            .toList();
      }
      ConversationWords.Theme theme = because.theme();
      return List.of(
          text(
              also ? "community.ideas.reason.alsoFits" : "community.ideas.reason.fits",
              because.words().stream()
                  .map(word -> text("community.ideas.reason.word", word))
                  .collect(Collectors.joining(", ")),
              theme.said(),
              text("community.ideas.part." + theme.part()),
              saidBy(theme),
              day(theme)));
    }

    private String day(ConversationWords.Theme theme) {
      return theme.heldOn() == null
          ? text("community.ideas.undated")
          : Display.dateOf(theme.heldOn());
    }

    private String saidBy(ConversationWords.Theme theme) {
      String verb = theme.part() == PersonInTheirWords.Part.STRENGTH ? "named" : "said";
      String who =
          Set.of("person", "carer", "family", "practitioner").contains(theme.saidBy())
              ? theme.saidBy()
              : "unknown";
      boolean named =
          theme.saidByName() != null
              && !theme.saidByName().isBlank()
              && (who.equals("carer") || who.equals("family"));
      return named
          ? text("community.ideas." + verb + "." + who + ".named", theme.saidByName().strip())
          : text("community.ideas." + verb + "." + who);
    }
  }
}
