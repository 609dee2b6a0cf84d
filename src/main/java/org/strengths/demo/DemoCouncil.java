package org.strengths.demo;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.strengths.access.BreakGlass;
import org.strengths.access.PersonDirectory;
import org.strengths.access.Role;
import org.strengths.access.StaffAccounts;
import org.strengths.access.Teams;
import org.strengths.assessment.NeedsAssessments;
import org.strengths.assessment.WaitingDemo;
import org.strengths.carer.CarerRecords;
import org.strengths.community.CommunityAssets;
import org.strengths.connection.ConnectionRecords;
import org.strengths.conversation.ConversationRecords;
import org.strengths.network.Networks;
import org.strengths.person.People;
import org.strengths.planning.SupportPlans;
import org.strengths.platform.StrengthsProperties;
import org.strengths.portal.CoWritingDemo;
import org.strengths.portal.HowItsGoingDemo;
import org.strengths.portal.MessagesDemo;
import org.strengths.portal.MySupportDemo;
import org.strengths.portal.PortalDemo;
import org.strengths.portal.RepresentativesDemo;
import org.strengths.portal.SharingDemo;
import org.strengths.portal.SupportRequestDemo;
import org.strengths.practice.CaseFileAuditDemo;
import org.strengths.practice.SelfAssessmentDemo;
import org.strengths.practice.SupervisionDemo;

/**
 * On start with demo data enabled ({@code strengths.demo}), fills an empty database (no teams yet)
 * with the fictional demo council, in one transaction and one order: the community directory, the
 * teams and staff, the people, their networks, then the people's stories. Every later start adds
 * nothing, except what older demo databases lack (the befriending charity and its partner account).
 */
@Component
@Order(1)
class DemoCouncil implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoCouncil.class);

  private final StrengthsProperties properties;
  private final TransactionTemplate transaction;
  private final Teams teams;
  private final StaffAccounts staff;
  private final PersonDirectory directory;
  private final People people;
  private final CommunityAssets community;
  private final Networks networks;
  private final ConversationRecords conversations;
  private final NeedsAssessments assessments;
  private final CarerRecords carers;
  private final SupportPlans plans;
  private final ConnectionRecords connections;
  private final BreakGlass breakGlass;
  private final SupervisionDemo supervision;
  private final WaitingDemo waitingWell;
  private final SupportRequestDemo supportRequests;
  private final SelfAssessmentDemo selfAssessment;
  private final PortalDemo portal;
  private final CoWritingDemo coWriting;
  private final HowItsGoingDemo howItsGoing;
  private final SharingDemo sharing;
  private final RepresentativesDemo representatives;
  private final CaseFileAuditDemo caseFileAudits;
  private final MySupportDemo mySupport;
  private final MessagesDemo messages;
  private final Clock clock;

  DemoCouncil(
      StrengthsProperties properties,
      TransactionTemplate transaction,
      Teams teams,
      StaffAccounts staff,
      PersonDirectory directory,
      People people,
      CommunityAssets community,
      Networks networks,
      ConversationRecords conversations,
      NeedsAssessments assessments,
      CarerRecords carers,
      SupportPlans plans,
      ConnectionRecords connections,
      BreakGlass breakGlass,
      SupervisionDemo supervision,
      SupportRequestDemo supportRequests,
      SelfAssessmentDemo selfAssessment,
      PortalDemo portal,
      CoWritingDemo coWriting,
      HowItsGoingDemo howItsGoing,
      SharingDemo sharing,
      RepresentativesDemo representatives,
      CaseFileAuditDemo caseFileAudits,
      MySupportDemo mySupport,
      WaitingDemo waitingWell,
      MessagesDemo messages,
      Clock clock) {
    this.mySupport = mySupport;
    this.waitingWell = waitingWell;
    this.messages = messages;
    this.supportRequests = supportRequests;
    this.properties = properties;
    this.transaction = transaction;
    this.teams = teams;
    this.staff = staff;
    this.directory = directory;
    this.people = people;
    this.community = community;
    this.networks = networks;
    this.conversations = conversations;
    this.assessments = assessments;
    this.carers = carers;
    this.plans = plans;
    this.connections = connections;
    this.breakGlass = breakGlass;
    this.supervision = supervision;
    this.selfAssessment = selfAssessment;
    this.portal = portal;
    this.coWriting = coWriting;
    this.howItsGoing = howItsGoing;
    this.sharing = sharing;
    this.representatives = representatives;
    this.caseFileAudits = caseFileAudits;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    seed();
  }

  /** Adds the demo council if demo data is enabled and there is none; whether it was added. */
  boolean seed() {
    if (!properties.demo()) {
      return false;
    }
    return Boolean.TRUE.equals(transaction.execute(status -> seedInTransaction()));
  }

  private boolean seedInTransaction() {
    community.addDemoDirectory();
    boolean empty = teams.all().isEmpty();
    if (empty) {
      staffAndTeams();
    }
    teamAreas();
    staff.addDemoAccount(
        "partner",
        "Beth Adebayo",
        Role.PARTNER,
        null,
        CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID);
    if (!empty) {
      return false;
    }
    List<UUID> added = people.addDemoPeople();
    if (added.isEmpty()) {
      return false;
    }
    networks.addDemoNetworks();
    DemoCast cast = new DemoCast(added, people, directory, staff);
    DemoStories stories =
        new DemoStories(
            cast,
            conversations,
            assessments,
            carers,
            plans,
            connections,
            community,
            breakGlass,
            clock);
    stories.tell();
    stories.invitedOnline(people, portal);
    coWriting.add();
    howItsGoing.add();
    sharing.add();
    // Nusrat's own pages: a connection she has, and one answer of her assessment withheld.
    mySupport.add(
        "nusrat.raza@example.com",
        community.forOrganisation(CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID).get(0).id(),
        staff.loadUserByUsername("practitioner"),
        staff.loadUserByUsername("partner"));
    representatives.add(staff.loadUserByUsername("practitioner"));
    // Nusrat and Sam's messages: her latest waits unread on Sam's My work.
    messages.add(staff.loadUserByUsername("practitioner"));
    supervision.add();
    // Someone on a North locality caseload asks again for themselves: a possible match there.
    List<DemoCast.Member> north = cast.caseloadOf(staff.loadUserByUsername("practitioner3"));
    supportRequests.add(north.isEmpty() ? added.get(0) : north.get(north.size() - 1).id());
    selfAssessment.add();
    caseFileAudits.add();
    waitingWell.add();
    log.info("Added the demo council's people at every stage");
    return true;
  }

  /**
   * The postcode districts the localities cover (where the demo people live), so that requests made
   * online reach them; set on every start, so older demo databases have them too.
   */
  private void teamAreas() {
    for (Teams.Team team : teams.all()) {
      if (team.name().equals("North locality")) {
        teams.cover(team.id(), List.of("LS4", "LS5", "LS6", "LS7", "LS8", "LS16", "LS17", "LS18"));
      } else if (team.name().equals("South locality")) {
        teams.cover(
            team.id(), List.of("LS9", "LS10", "LS11", "LS12", "LS14", "LS15", "LS26", "LS27"));
      }
    }
  }

  private void staffAndTeams() {
    UUID north = teams.add("North locality");
    UUID south = teams.add("South locality");
    UUID hospital = teams.add("Hospital discharge");
    staff.addDemoAccount("practitioner", "Sam Okafor", Role.PRACTITIONER, north, null);
    staff.addDemoAccount("manager", "Priya Shah", Role.MANAGER, north, null);
    staff.addDemoAccount("practitioner2", "Tom Reid", Role.PRACTITIONER, south, null);
    staff.addDemoAccount("analyst", "Alex Morgan", Role.ANALYST, null, null);
    staff.addDemoAccount("admin", "Jo Bennett", Role.ADMIN, null, null);
    staff.addDemoAccount("practitioner3", "Grace Evans", Role.PRACTITIONER, north, null);
    staff.addDemoAccount("manager2", "Daniel Hughes", Role.MANAGER, south, null);
    staff.addDemoAccount("practitioner4", "Aisha Rahman", Role.PRACTITIONER, hospital, null);
    staff.addDemoAccount("practitioner5", "Owen Price", Role.PRACTITIONER, south, null);
    staff.addDemoAccount("manager3", "Mark Lewis", Role.MANAGER, hospital, null);
    staff.addDemoAccount("psw", "Ruth Campbell", Role.PRINCIPAL_SOCIAL_WORKER, null, null);
    log.info("Added the demo council's 3 teams and 11 staff (password strengths-demo)");
  }
}
