package org.strengths.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Misspells names the ways people do when they type what they heard or misread: swapping two
 * letters, dropping one, adding one, hitting a neighbouring key, or spelling by sound (Smyth for
 * Smith, Jeffrey for Geoffrey).
 */
final class SyntheticPopulationTypos {

  enum Kind {
    TRANSPOSITION,
    DELETION,
    INSERTION,
    SUBSTITUTION,
    PHONETIC
  }

  /** A misspelt query and the name it should find. */
  record Misspelling(String query, String firstName, String lastName, Kind kind) {}

  /** Respellings people really make, tried before the general sound rules. */
  private static final Map<String, String> KNOWN =
      Map.ofEntries(
          Map.entry("smith", "smyth"),
          Map.entry("john", "jon"),
          Map.entry("jonathan", "johnathan"),
          Map.entry("stephen", "steven"),
          Map.entry("steven", "stephen"),
          Map.entry("catherine", "kathryn"),
          Map.entry("philip", "phillip"),
          Map.entry("thompson", "tomson"),
          Map.entry("mohammed", "muhammad"),
          Map.entry("muhammad", "mohamed"),
          Map.entry("clarke", "clark"),
          Map.entry("davies", "davis"),
          Map.entry("reid", "reed"),
          Map.entry("neil", "neal"),
          Map.entry("sean", "shaun"),
          Map.entry("geoffrey", "jeffrey"),
          Map.entry("allan", "alan"),
          Map.entry("ian", "iain"),
          Map.entry("matthews", "mathews"),
          Map.entry("sarah", "sara"),
          Map.entry("rachel", "rachael"),
          Map.entry("deborah", "debra"),
          Map.entry("tracey", "tracy"),
          Map.entry("elliott", "eliot"),
          Map.entry("phillips", "philips"),
          Map.entry("gray", "grey"),
          Map.entry("hussain", "hussein"),
          Map.entry("ahmed", "ahmad"),
          Map.entry("nicholls", "nichols"),
          Map.entry("stephenson", "stevenson"),
          Map.entry("hughes", "hewes"),
          Map.entry("margaret", "margret"),
          Map.entry("kathleen", "cathleen"),
          Map.entry("christine", "kristine"),
          Map.entry("carol", "carole"),
          Map.entry("lesley", "leslie"),
          Map.entry("frances", "francis"),
          Map.entry("brian", "bryan"),
          Map.entry("derek", "derrick"),
          Map.entry("walsh", "welsh"));

  /** General sound-alike rewrites: each turns one spelling into another that sounds the same. */
  private static final String[][] SOUNDS = {
    {"ph", "f"},
    {"ck", "k"},
    {"c", "k"},
    {"k", "c"},
    {"y", "i"},
    {"i", "y"},
    {"ie", "y"},
    {"ey", "y"},
    {"ee", "ea"},
    {"ea", "ee"},
    {"ou", "ow"},
    {"mm", "m"},
    {"ll", "l"},
    {"nn", "n"},
    {"tt", "t"},
    {"ss", "s"},
    {"rr", "r"},
    {"l", "ll"},
    {"t", "tt"},
    {"son", "sen"},
    {"er", "a"},
    {"ar", "er"},
    {"s", "z"},
    {"th", "t"},
    {"wh", "w"},
    {"ai", "ay"},
    {"ay", "ai"},
    {"au", "aw"},
    {"oa", "o"},
    {"dg", "g"},
    {"x", "cks"},
    {"qu", "kw"},
    {"e", ""},
    {"gh", ""}
  };

  private static final String[] KEYBOARD = {
    "qwertyuiop", "asdfghjkl", "zxcvbnm",
  };

  private final Random random;

  SyntheticPopulationTypos(long seed) {
    this.random = new Random(seed);
  }

  /**
   * {@code count} misspelt queries ("first last"), the kinds in turn, each from a different person;
   * the misspelling is in the last name (half), the first name (a quarter) or both.
   */
  List<Misspelling> misspell(List<SyntheticPopulation.Person> people, int count) {
    List<Misspelling> queries = new ArrayList<>();
    Kind[] kinds = Kind.values();
    while (queries.size() < count) {
      var person = people.get(random.nextInt(people.size()));
      Kind kind = kinds[queries.size() % kinds.length];
      String first = person.firstName().toLowerCase(Locale.UK);
      String last = person.lastName().toLowerCase(Locale.UK);
      int where = random.nextInt(4);
      String typedFirst = where == 1 || where == 3 ? misspell(first, kind) : first;
      String typedLast = where != 1 ? misspell(last, kind) : last;
      if (typedFirst == null || typedLast == null) {
        continue;
      }
      queries.add(
          new Misspelling(
              typedFirst + " " + typedLast, person.firstName(), person.lastName(), kind));
    }
    return queries;
  }

  /** The name misspelt, or null when this kind of mistake cannot be made in it. */
  String misspell(String name, Kind kind) {
    if (name.length() < 3) {
      return null;
    }
    String result =
        switch (kind) {
          case TRANSPOSITION -> transpose(name);
          case DELETION -> delete(name);
          case INSERTION -> insert(name);
          case SUBSTITUTION -> substitute(name);
          case PHONETIC -> respell(name);
        };
    return result == null || result.equals(name) || result.length() < 2 ? null : result;
  }

  private String transpose(String name) {
    List<Integer> places = new ArrayList<>();
    for (int i = 0; i + 1 < name.length(); i++) {
      if (name.charAt(i) != name.charAt(i + 1)) {
        places.add(i);
      }
    }
    if (places.isEmpty()) {
      return null;
    }
    int i = places.get(random.nextInt(places.size()));
    return name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
  }

  private String delete(String name) {
    int i = 1 + random.nextInt(name.length() - 1);
    return name.substring(0, i) + name.substring(i + 1);
  }

  private String insert(String name) {
    int i = 1 + random.nextInt(name.length() - 1);
    char letter =
        random.nextBoolean()
            ? name.charAt(i - 1)
            : neighbour(name.charAt(Math.min(i, name.length() - 1)));
    return name.substring(0, i) + letter + name.substring(i);
  }

  private String substitute(String name) {
    int i = 1 + random.nextInt(name.length() - 1);
    return name.substring(0, i) + neighbour(name.charAt(i)) + name.substring(i + 1);
  }

  private char neighbour(char letter) {
    for (String row : KEYBOARD) {
      int at = row.indexOf(letter);
      if (at >= 0) {
        boolean left = at > 0 && (at == row.length() - 1 || random.nextBoolean());
        return row.charAt(left ? at - 1 : at + 1);
      }
    }
    return 'e';
  }

  private String respell(String name) {
    String known = KNOWN.get(name);
    if (known != null) {
      return known;
    }
    List<String> options = new ArrayList<>();
    for (String[] rule : SOUNDS) {
      // Not the first letter: people rarely mishear how a name begins.
      int at = name.indexOf(rule[0], 1);
      if (at > 0) {
        options.add(name.substring(0, at) + rule[1] + name.substring(at + rule[0].length()));
      }
    }
    return options.isEmpty() ? null : options.get(random.nextInt(options.size()));
  }
}
