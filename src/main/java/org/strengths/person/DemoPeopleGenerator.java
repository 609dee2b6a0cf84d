package org.strengths.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Makes up the details of one fictional person at a time, from a seeded random source. Ethnicity
 * comes first and the names and main language follow from it, so that people read as a plausible
 * mix rather than random pairings.
 */
final class DemoPeopleGenerator {

  static final String WHITE_BRITISH = "White - English, Welsh, Scottish, Northern Irish or British";

  /** Where a team works, which decides the postcodes of its people. */
  enum Area {
    // Leeds districts north and south of the river; hospital discharge takes people from anywhere.
    NORTH(
        "LS6:Headingley LS7:Chapel Allerton LS8:Roundhay LS16:Adel LS17:Moortown LS5:Kirkstall"
            + " LS4:Burley LS18:Horsforth"),
    SOUTH(
        "LS10:Middleton LS11:Beeston LS12:Armley LS27:Morley LS9:Richmond Hill LS15:Cross Gates"
            + " LS14:Seacroft LS26:Rothwell"),
    ANY(NORTH.districts + " " + SOUTH.districts);

    final String districts;

    Area(String districts) {
      this.districts = districts;
    }

    String[] entries() {
      return districts.split(" (?=LS)");
    }
  }

  /** The namesakes of "John Smith" come first, so that a search with a typo demonstrates well. */
  private static final String[][] NAMESAKES = {
    {"John", "Smith", "Male"},
    {"Jon", "Smith", "Male"},
    {"John", "Smyth", "Male"},
    {"Joan", "Smith", "Female"},
    {"Jonathan", "Smith", "Male"},
    {"Johnny", "Smithson", "Male"},
    {"Margaret", "Jones", "Female"},
    {"Mohammed", "Khan", "Male"},
  };

  /** An ethnic group with its share of demo people, its typical names and main languages. */
  private record Group(
      String ethnicity,
      int weight,
      List<String> surnames,
      List<String> female,
      List<String> male,
      List<String> languages) {}

  private static final List<Group> GROUPS =
      List.of(
          new Group(WHITE_BRITISH, 720, List.of(), List.of(), List.of(), List.of("English")),
          new Group(
              "White - Irish",
              20,
              List.of("Murphy", "Kelly", "O'Brien", "Byrne", "Ryan", "O'Connor", "Doyle", "Walsh"),
              List.of("Bridget", "Siobhan", "Kathleen", "Nora", "Mary"),
              List.of("Patrick", "Sean", "Declan", "Michael"),
              List.of("English")),
          new Group(
              "White - Other White",
              50,
              List.of("Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kaminski"),
              List.of("Agnieszka", "Katarzyna", "Anna"),
              List.of("Piotr", "Tomasz", "Krzysztof", "Andrzej"),
              List.of("Polish")),
          new Group(
              "Asian, Asian British or Asian Welsh - Pakistani",
              55,
              List.of(
                  "Khan", "Hussain", "Ahmed", "Ali", "Iqbal", "Mahmood", "Akhtar", "Butt", "Malik",
                  "Bhatti", "Raza", "Qureshi"),
              List.of("Nasreen", "Shabana", "Parveen", "Fatima", "Ayesha", "Nusrat", "Rukhsana"),
              List.of("Mohammed", "Muhammad", "Imran", "Tariq", "Asif", "Khalid", "Abdul"),
              List.of("Urdu", "Punjabi", "English")),
          new Group(
              "Asian, Asian British or Asian Welsh - Indian",
              25,
              List.of("Patel", "Singh", "Sharma", "Kumar", "Mistry", "Parmar", "Chauhan", "Shah"),
              List.of("Gurpreet", "Harjit", "Sukhwinder", "Anita"),
              List.of("Gurdeep", "Harjinder", "Sukhdev", "Rajesh", "Sanjay"),
              List.of("Punjabi", "Gujarati", "English")),
          new Group(
              "Asian, Asian British or Asian Welsh - Bangladeshi",
              8,
              List.of("Miah", "Rahman", "Chowdhury"),
              List.of("Fatima", "Rukhsana"),
              List.of("Abdul", "Mohammed"),
              List.of("Bengali (Sylheti)", "English")),
          new Group(
              "Asian, Asian British or Asian Welsh - Chinese",
              10,
              List.of("Chen", "Wang", "Li"),
              List.of("Mei", "Lin", "Xiu"),
              List.of("Wei", "Ming", "Jun"),
              List.of("Cantonese", "Mandarin", "English")),
          new Group(
              "Black, Black British, Black Welsh, Caribbean or African - African",
              25,
              List.of("Okafor", "Adeyemi", "Mensah", "Osei", "Abdi", "Mohamed", "Hassan"),
              List.of("Blessing", "Grace", "Amina", "Abena"),
              List.of("Kwame", "Emeka", "Abdi", "Kofi"),
              List.of("English", "Somali", "Twi")),
          new Group(
              "Black, Black British, Black Welsh, Caribbean or African - Caribbean",
              15,
              List.of("Campbell", "Brown", "Williams", "Thomas", "Johnson", "Francis"),
              List.of("Marcia", "Hyacinth", "Beverley", "Sonia"),
              List.of("Delroy", "Winston", "Clinton", "Errol"),
              List.of("English")),
          new Group(
              "Mixed or Multiple ethnic groups - White and Black Caribbean",
              15,
              List.of(),
              List.of(),
              List.of(),
              List.of("English")),
          new Group(
              "Mixed or Multiple ethnic groups - White and Asian",
              10,
              List.of(),
              List.of(),
              List.of(),
              List.of("English")),
          new Group(
              "Other ethnic group - Arab",
              7,
              List.of("Hassan", "Ali", "Mohamed"),
              List.of("Fatima", "Amina"),
              List.of("Mohammed", "Khalid"),
              List.of("Arabic")),
          new Group("Not stated", 40, List.of(), List.of(), List.of(), List.of("English")));

  private static final String STREETS =
      "Church Lane,Victoria Road,Station Road,Park Avenue,Green Lane,Mill Street,Manor Drive,"
          + "Oak Grove,Queen Street,Chapel Street,Westfield Road,Moor View,Grange Avenue,"
          + "Cardigan Road,Ash Grove,Back Lane,Hollin Park Road,Town Street,Beech Crescent,"
          + "Kirkstall Lane,Elmwood Terrace,Well Close Rise,Spring Bank,Meadow Way,Brudenell Street";

  private static final List<String> COMMUNICATION_NEEDS =
      List.of(
          "Hard of hearing: face them when speaking and check they have understood.",
          "Has dementia: short sentences, one question at a time, allow time to answer.",
          "Partially sighted: prefers information read aloud or in large print.",
          "Uses British Sign Language; book a BSL interpreter.",
          "Finds letters worrying: phone first to explain what is coming.");

  private final Random random;
  private final DemoPeopleNames names;

  DemoPeopleGenerator(Random random) {
    this(random, DemoPeopleNames.demo());
  }

  /** With the names of a large population ({@link DemoPeopleNames#population()}) or the demo's. */
  DemoPeopleGenerator(Random random, DemoPeopleNames names) {
    this.random = random;
    this.names = names;
  }

  record Identity(
      String firstName,
      String lastName,
      String preferredName,
      String pronouns,
      String gender,
      String ethnicity,
      String language,
      boolean interpreterNeeded,
      String emailName) {}

  Identity identity(int index) {
    if (index < NAMESAKES.length) {
      String[] namesake = NAMESAKES[index];
      Group group = namesake[1].equals("Khan") ? GROUPS.get(3) : GROUPS.get(0);
      return identity(namesake[0], namesake[1], namesake[2], group);
    }
    Group group = group();
    String gender = gender();
    boolean female =
        gender.equals("Female") || (gender.equals("Non-binary") && random.nextBoolean());
    String first = firstName(group, female);
    String last = surname(group, female);
    return identity(first, last, gender, group);
  }

  private Identity identity(String first, String last, String gender, Group group) {
    String language = group.languages().get(random.nextInt(group.languages().size()));
    boolean interpreter = !language.equals("English") && random.nextInt(3) > 0;
    List<String> nicknames = names.nicknames.getOrDefault(first, List.of());
    String preferred =
        !nicknames.isEmpty() && random.nextInt(3) == 0
            ? nicknames.get(random.nextInt(nicknames.size()))
            : null;
    return new Identity(
        first,
        last,
        preferred,
        pronouns(gender),
        gender,
        group.ethnicity(),
        language,
        interpreter,
        (first + "." + last).toLowerCase(Locale.UK).replaceAll("[^a-z.]", ""));
  }

  private Group group() {
    int total = GROUPS.stream().mapToInt(Group::weight).sum();
    int roll = random.nextInt(total);
    for (Group group : GROUPS) {
      roll -= group.weight();
      if (roll < 0) {
        return group;
      }
    }
    return GROUPS.get(0);
  }

  private String gender() {
    // Older women outnumber older men among people drawing on adult social care.
    int roll = random.nextInt(100);
    return roll < 57 ? "Female" : roll < 99 ? "Male" : "Non-binary";
  }

  private String pronouns(String gender) {
    if (gender.equals("Non-binary")) {
      return "they/them";
    }
    if (random.nextInt(4) > 0) {
      return null;
    }
    return gender.equals("Female") ? "she/her" : "he/him";
  }

  private String firstName(Group group, boolean female) {
    List<String> own = female ? group.female() : group.male();
    if (!own.isEmpty()) {
      return own.get(random.nextInt(own.size()));
    }
    return (female ? names.femaleNames : names.maleNames).draw(random);
  }

  private String surname(Group group, boolean female) {
    if (!group.surnames().isEmpty()) {
      if (female && group.ethnicity().contains("Bangladeshi") && random.nextBoolean()) {
        return "Begum";
      }
      return group.surnames().get(random.nextInt(group.surnames().size()));
    }
    String surname;
    do {
      surname = names.surnames.draw(random);
    } while (belongsToAGroup(surname));
    return surname;
  }

  private static boolean belongsToAGroup(String surname) {
    return GROUPS.stream()
            .filter(group -> !group.ethnicity().contains("Caribbean"))
            .anyMatch(group -> group.surnames().contains(surname))
        || Set.of("Begum", "Bibi", "Kaur", "Nguyen").contains(surname);
  }

  /** Adults, most of them over 65 and many in their eighties, as in adult social care. */
  LocalDate dateOfBirth(LocalDate reference) {
    int age;
    if (random.nextInt(100) < 35) {
      age = 18 + random.nextInt(47);
    } else {
      // Triangular between 65 and 102, peaking in the early eighties.
      age = (int) Math.round(65 + 37 * triangular(0.45));
    }
    return reference.minusYears(age).minusDays(random.nextInt(365));
  }

  private double triangular(double mode) {
    double u = random.nextDouble();
    return u < mode ? Math.sqrt(u * mode) : 1 - Math.sqrt((1 - u) * (1 - mode));
  }

  /** A valid NHS number in the 999 range, which is never issued to real people. */
  String nhsNumber(Set<String> taken) {
    while (true) {
      String nine = "999" + String.format("%06d", random.nextInt(1_000_000));
      Integer check = NhsNumber.checkDigit(nine);
      if (check != null && taken.add(nine + check)) {
        return nine + check;
      }
    }
  }

  record Address(String line1, String line2, String postcode) {}

  Address address(Area area) {
    String[] entries = area.entries();
    String[] district = entries[random.nextInt(entries.length)].split(":");
    String[] streets = STREETS.split(",");
    String street = streets[random.nextInt(streets.length)];
    String line1 = (1 + random.nextInt(160)) + " " + street;
    return new Address(line1, district[1], district[0] + " " + inwardCode());
  }

  private String inwardCode() {
    String letters = "ABDEFGHJLNPQRSTUWXYZ";
    return ""
        + (1 + random.nextInt(9))
        + letters.charAt(random.nextInt(letters.length()))
        + letters.charAt(random.nextInt(letters.length()));
  }

  /** Numbers from the ranges Ofcom reserves for drama, so no real phone can ring. */
  String phone() {
    int roll = random.nextInt(10);
    if (roll < 4) {
      return String.format("0113 496 %04d", random.nextInt(1000));
    }
    return roll < 8 ? String.format("07700 900%03d", random.nextInt(1000)) : null;
  }

  String email(Identity identity) {
    return random.nextInt(6) == 0 ? identity.emailName() + "@example.com" : null;
  }

  String communicationNeeds() {
    return random.nextInt(8) == 0
        ? COMMUNICATION_NEEDS.get(random.nextInt(COMMUNICATION_NEEDS.size()))
        : null;
  }

  String preferredFormat() {
    int roll = random.nextInt(20);
    return roll == 0 ? "LARGE_PRINT" : roll == 1 ? "EASY_READ" : null;
  }
}
