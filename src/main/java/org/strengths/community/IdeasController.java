package org.strengths.community;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonAccess;
import org.strengths.access.PersonAllocation;
import org.strengths.access.StaffMember;
import org.strengths.conversation.PersonInTheirWords;
import org.strengths.person.People;
import org.strengths.person.PersonDetails;
import org.strengths.platform.Display;
import org.strengths.platform.web.NotFoundException;

/**
 * "Ideas for connections" on a person's record: active assets ranked by how well they match what
 * matters to the person (what the practitioner types, plus what the record says about their
 * language) and how near they are to the person's postcode, each with the reasons it came up. Only
 * the person's postcode, age and language are used, and the view is audited. On arrival, before
 * anything is typed, the words come from their latest conversation (what matters to them, a good
 * life, their strengths); a box deliberately emptied looks for anything nearby.
 */
@Controller
class IdeasController {

  static final int SHOWN = 15;
  static final double NEAR_METRES = 8_000;

  private final People people;
  private final PersonAccess access;
  private final AuditLog audit;
  private final AssetSearch search;
  private final AssetStore store;
  private final Postcodes postcodes;
  private final PersonInTheirWords inTheirWords;
  private final Clock clock;

  IdeasController(
      People people,
      PersonAccess access,
      AuditLog audit,
      AssetSearch search,
      AssetStore store,
      Postcodes postcodes,
      PersonInTheirWords inTheirWords,
      Clock clock) {
    this.people = people;
    this.access = access;
    this.audit = audit;
    this.search = search;
    this.store = store;
    this.postcodes = postcodes;
    this.inTheirWords = inTheirWords;
    this.clock = clock;
  }

  record Idea(Asset asset, List<String> reasons, List<Object[]> reasonArgs) {}

  @GetMapping("/people/{id}/ideas-for-connections")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String ideas(
      @PathVariable UUID id,
      @RequestParam(required = false) String interests,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    PersonDetails person = people.find(id).orElse(null);
    if (person == null) {
      throw new NotFoundException();
    }
    access.check(staff, new PersonAllocation(person.id(), person.teamId(), person.workerId()));
    audit.record(person.id(), "ideas", "view");
    PersonInTheirWords.Highlights highlights = inTheirWords.latestFor(person.id()).orElse(null);
    ConversationWords fromConversation =
        highlights == null ? ConversationWords.none() : ConversationWords.of(highlights);
    String typed = interests == null ? null : interests.strip();
    if (interests == null && !fromConversation.isEmpty()) {
      typed = fromConversation.query();
      model.addAttribute("fromConversation", true);
      model.addAttribute(
          "conversationHeldOn",
          highlights.heldOn() == null ? null : Display.dateOf(highlights.heldOn()));
    }
    if (typed != null && typed.length() > 500) {
      model.addAttribute("tooLong", true);
      typed = typed.substring(0, 500);
    }
    Postcodes.Point home = postcodes.find(person.postcode()).orElse(null);
    BigDecimal age =
        person.dateOfBirth() == null
            ? null
            : BigDecimal.valueOf(
                Period.between(person.dateOfBirth(), LocalDate.now(clock)).getYears());
    AssetQuery query =
        new AssetQuery(
            typed,
            true,
            java.util.Set.of(),
            null,
            null,
            null,
            age,
            null,
            null,
            null,
            null,
            null,
            null,
            java.util.Set.of(),
            home,
            home == null ? null : NEAR_METRES,
            null,
            false,
            true,
            typed == null || typed.isBlank(),
            false);
    AssetSearch.Results results = search.search(query, 1, SHOWN);
    List<UUID> ids = results.hits().stream().map(AssetSearch.Hit::id).toList();
    Map<UUID, List<String>> matched = search.matchedWords(ids, typed);
    List<Asset> assets = store.findAll(ids);
    List<Idea> ideas = new ArrayList<>();
    for (int i = 0; i < assets.size(); i++) {
      Asset asset = assets.get(i);
      List<String> keys = new ArrayList<>();
      List<Object[]> args = new ArrayList<>();
      for (String word : matched.getOrDefault(asset.id(), List.of())) {
        keys.add(
            fromConversation
                .sourceOf(word)
                .map(source -> source.reasonKey)
                .orElse("community.ideas.reason.matches"));
        args.add(new Object[] {word});
      }
      Double metres = results.hits().get(i).metres();
      if (metres != null) {
        keys.add("community.ideas.reason.near");
        args.add(new Object[] {Distance.kilometres(metres)});
      }
      if (person.mainLanguage() != null
          && asset.languages().contains(person.mainLanguage())
          && !"English".equals(person.mainLanguage())) {
        keys.add("community.ideas.reason.language");
        args.add(new Object[] {person.mainLanguage()});
      }
      ideas.add(new Idea(asset, keys, args));
    }
    model.addAttribute("person", person);
    model.addAttribute("interests", typed);
    model.addAttribute("ideas", ideas);
    model.addAttribute("hasHome", home != null);
    if (!model.containsAttribute("fromConversation")) {
      model.addAttribute("fromConversation", false);
    }
    return "community/ideas";
  }
}
