package org.strengths.person;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What was typed into the one search box, sorted into the kinds of thing people search by: a name,
 * an NHS number, a date of birth, a postcode (or just its outward part, like "LS6"). Any mix of
 * them may be given; every one given must match.
 *
 * <p>A name may be typed first name first ("Nusrat Raza") or surname first ("raza nusrat", "SMITH
 * John" as older systems print names, "Smith, John"), and the first name may be an initial ("J
 * Smith", "j. smith", "Smith J"). Where the words could be read either way round, both readings are
 * kept: the likelier one as {@link #firstName}/{@link #lastName}, the other as {@link #otherOrder}.
 *
 * @param firstName the first name typed (or an initial), empty when only one name was given
 * @param lastName the last name typed, or the only name when one word was given
 * @param nhsNumber a valid NHS number
 * @param dateOfBirth a real calendar date
 * @param postcode a full postcode
 * @param outwardCode the outward code alone ("LS6"), upper case
 * @param otherOrder the same words read the other way round, when that is possible too
 */
public record SearchQuery(
    Optional<String> firstName,
    Optional<String> lastName,
    Optional<NhsNumber> nhsNumber,
    Optional<LocalDate> dateOfBirth,
    Optional<Postcode> postcode,
    Optional<String> outwardCode,
    Optional<Name> otherOrder) {

  /** A name read one way round: a first name (or an initial) and a last name. */
  public record Name(String firstName, String lastName) {}

  public static final int MAX_LENGTH = 200;

  // Day first, as written in the UK: 12/3/1948, 12-03-1948, 12.3.1948
  private static final Pattern UK_DATE =
      Pattern.compile("(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})(?![\\d/.-])");
  private static final Pattern ISO_DATE =
      Pattern.compile("(?<![\\d/.-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d/.-])");
  // Ten digits, optionally split into groups by single spaces or hyphens ("943 476 5919")
  private static final Pattern NHS_DIGITS =
      Pattern.compile("(?<!\\d)\\d(?:[ -]?\\d){9}(?![ -]?\\d)");
  private static final Pattern INWARD_CODE = Pattern.compile("\\d[A-Za-z]{2}");
  private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
  private static final Pattern NOT_NAME_CHARACTER = Pattern.compile("[^\\p{L}'’ -]");

  /**
   * Reads the search box. Throws {@link SearchQueryException} for input that cannot be a search:
   * nothing typed, too long, a date that does not exist, a 10-digit number that fails the NHS
   * number check, or numbers that are none of the accepted kinds.
   */
  public static SearchQuery parse(String text) {
    String remaining = text == null ? "" : clean(text);
    if (remaining.isBlank()) {
      throw new SearchQueryException("search.error.empty");
    }
    if (remaining.length() > MAX_LENGTH) {
      throw new SearchQueryException("search.error.tooLong", MAX_LENGTH);
    }
    Extracted<LocalDate> date = extractDate(remaining);
    Extracted<NhsNumber> nhs = extractNhsNumber(date.rest());
    // A full stop only ends an initial ("J.Smith", "Smith J."): dates have been taken out already.
    List<String> words =
        new ArrayList<>(List.of(nhs.rest().replace(",", " , ").replace(".", " ").split("\\s+")));
    words.removeIf(String::isBlank);
    Extracted<Postcode> postcode = extractPostcode(words);
    String outward = extractOutwardCode(words);
    refuseUnknownNumbers(words);
    Names names = names(words);
    SearchQuery query =
        new SearchQuery(
            names.first(),
            names.last(),
            Optional.ofNullable(nhs.value()),
            Optional.ofNullable(date.value()),
            Optional.ofNullable(postcode.value()),
            Optional.ofNullable(outward),
            names.other());
    if (query.isEmpty()) {
      throw new SearchQueryException("search.error.empty");
    }
    return query;
  }

  public boolean hasName() {
    return lastName.isPresent();
  }

  boolean isEmpty() {
    return lastName.isEmpty()
        && nhsNumber.isEmpty()
        && dateOfBirth.isEmpty()
        && postcode.isEmpty()
        && outwardCode.isEmpty();
  }

  /**
   * The kinds of criteria given, like "name+dob", for the audit log: it says how someone searched
   * without keeping what they searched for.
   */
  public String kinds() {
    StringJoiner kinds = new StringJoiner("+");
    lastName.ifPresent(name -> kinds.add("name"));
    nhsNumber.ifPresent(nhs -> kinds.add("nhs"));
    dateOfBirth.ifPresent(date -> kinds.add("dob"));
    postcode.ifPresent(code -> kinds.add("postcode"));
    outwardCode.ifPresent(code -> kinds.add("outward"));
    return kinds.toString();
  }

  private static String clean(String text) {
    // Pasted text brings non-breaking spaces, tabs and odd dashes; treat them as their plain forms.
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .replaceAll("[\\p{Z}\\s]+", " ")
        .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
        .replaceAll("\\p{Cc}", "")
        .trim();
  }

  private record Extracted<T>(T value, String rest) {}

  private static Extracted<LocalDate> extractDate(String text) {
    LocalDate found = null;
    String rest = text;
    for (Pattern pattern : List.of(UK_DATE, ISO_DATE)) {
      Matcher matcher = pattern.matcher(rest);
      StringBuilder kept = new StringBuilder();
      while (matcher.find()) {
        if (found != null) {
          throw new SearchQueryException("search.error.twoDates");
        }
        found = pattern == UK_DATE ? ukDate(matcher) : isoDate(matcher);
        matcher.appendReplacement(kept, " ");
      }
      matcher.appendTail(kept);
      rest = kept.toString();
    }
    return new Extracted<>(found, rest);
  }

  private static LocalDate ukDate(Matcher matcher) {
    if (matcher.group(3).length() == 2) {
      throw new SearchQueryException("search.error.shortYear");
    }
    return date(matcher.group(3), matcher.group(2), matcher.group(1));
  }

  private static LocalDate isoDate(Matcher matcher) {
    return date(matcher.group(1), matcher.group(2), matcher.group(3));
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      throw new SearchQueryException("search.error.notADate");
    }
  }

  private static Extracted<NhsNumber> extractNhsNumber(String text) {
    Matcher matcher = NHS_DIGITS.matcher(text);
    if (!matcher.find()) {
      return new Extracted<>(null, text);
    }
    String digits = matcher.group();
    NhsNumber nhs =
        NhsNumber.parse(digits)
            .orElseThrow(() -> new SearchQueryException("search.error.nhsNumber", spaced(digits)));
    String rest = text.substring(0, matcher.start()) + " " + text.substring(matcher.end());
    if (NHS_DIGITS.matcher(rest).find()) {
      throw new SearchQueryException("search.error.twoNhsNumbers");
    }
    return new Extracted<>(nhs, rest);
  }

  /** Ten digits written 3-3-4, the way NHS numbers are printed, so they are easy to check. */
  private static String spaced(String digits) {
    String plain = NhsNumber.normalise(digits);
    return plain.substring(0, 3) + " " + plain.substring(3, 6) + " " + plain.substring(6);
  }

  /** Takes a full postcode out of the words, written with its space ("LS6 3AB") or without. */
  private static Extracted<Postcode> extractPostcode(List<String> words) {
    Postcode found = null;
    for (int i = 0; i < words.size(); i++) {
      Optional<Postcode> postcode = Optional.empty();
      int length = 1;
      if (i + 1 < words.size()
          && Postcode.looksLikeOutwardCode(words.get(i))
          && INWARD_CODE.matcher(words.get(i + 1)).matches()) {
        postcode = Postcode.parse(words.get(i) + words.get(i + 1));
        length = 2;
      }
      if (postcode.isEmpty()) {
        postcode = Postcode.parse(words.get(i));
        length = 1;
      }
      if (postcode.isPresent()) {
        if (found != null) {
          throw new SearchQueryException("search.error.twoPostcodes");
        }
        found = postcode.get();
        words.subList(i, i + length).clear();
        i--;
      }
    }
    return new Extracted<>(found, null);
  }

  private static String extractOutwardCode(List<String> words) {
    String found = null;
    for (var iterator = words.iterator(); iterator.hasNext(); ) {
      String word = iterator.next();
      if (Postcode.looksLikeOutwardCode(word)) {
        if (found != null) {
          throw new SearchQueryException("search.error.twoPostcodes");
        }
        found = word.toUpperCase(Locale.UK);
        iterator.remove();
      }
    }
    return found;
  }

  private static void refuseUnknownNumbers(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (HAS_DIGIT.matcher(words.get(i)).find()) {
        // Quote the whole run of numbers ("999 123"), as typed, not just its first group.
        int end = i;
        while (end + 1 < words.size() && HAS_DIGIT.matcher(words.get(end + 1)).find()) {
          end++;
        }
        throw new SearchQueryException(
            "search.error.notUnderstood", abbreviated(String.join(" ", words.subList(i, end + 1))));
      }
    }
  }

  private static String abbreviated(String word) {
    return word.length() <= 30 ? word : word.substring(0, 30) + "…";
  }

  private record Names(Optional<String> first, Optional<String> last, Optional<Name> other) {

    static Names of(Name name) {
      return new Names(
          Optional.of(name.firstName()), Optional.of(name.lastName()), Optional.empty());
    }

    Names or(Name other) {
      return new Names(first, last, Optional.of(other));
    }
  }

  /**
   * Which of the words are the first name and which the last. A comma shows the name was written
   * surname first ("Smith, John"). Otherwise the name may be either way round: first name first
   * ("Nusrat Raza"), the usual reading, or surname first ("raza nusrat"). A last name is never a
   * single letter, so an initial settles it ("J Smith", "Smith J"); a word in capitals among words
   * that are not is the surname, as older systems print it ("SMITH John"). When both readings are
   * possible, both are searched, the likelier first.
   */
  private static Names names(List<String> words) {
    int comma = words.indexOf(",");
    List<String> nameWords = nameWords(words);
    if (nameWords.isEmpty()) {
      return new Names(Optional.empty(), Optional.empty(), Optional.empty());
    }
    if (nameWords.size() == 1) {
      return new Names(Optional.empty(), Optional.of(nameWords.get(0)), Optional.empty());
    }
    int before = comma < 0 ? 0 : nameWords(words.subList(0, comma)).size();
    if (before > 0 && before < nameWords.size()) {
      return Names.of(
          name(nameWords.subList(before, nameWords.size()), nameWords.subList(0, before)));
    }
    int last = nameWords.size() - 1;
    Name firstNameFirst = name(nameWords.subList(0, last), nameWords.subList(last, last + 1));
    Name surnameFirst = name(nameWords.subList(1, last + 1), nameWords.subList(0, 1));
    boolean firstNameFirstPossible = !isInitial(nameWords.get(last));
    boolean surnameFirstPossible = !isInitial(nameWords.get(0));
    if (firstNameFirstPossible && surnameFirstPossible) {
      boolean surnameInCapitals =
          inCapitals(nameWords.get(0))
              && nameWords.subList(1, last + 1).stream().noneMatch(SearchQuery::inCapitals);
      return surnameInCapitals
          ? Names.of(surnameFirst).or(firstNameFirst)
          : Names.of(firstNameFirst).or(surnameFirst);
    }
    return Names.of(surnameFirstPossible ? surnameFirst : firstNameFirst);
  }

  /**
   * A name from its first-name words and last-name words. Initials after a first name are dropped
   * ("John R Smith" is John Smith: middle names are not kept apart), and a first name that starts
   * with an initial is that initial ("J R Smith").
   */
  private static Name name(List<String> firstWords, List<String> lastWords) {
    List<String> first =
        isInitial(firstWords.get(0))
            ? firstWords.subList(0, 1)
            : firstWords.stream().filter(word -> !isInitial(word)).toList();
    return new Name(String.join(" ", first), String.join(" ", lastWords));
  }

  private static boolean isInitial(String word) {
    return word.codePoints().filter(Character::isLetter).count() == 1;
  }

  /** Written in capitals: two letters or more, none of them lower case ("SMITH", "O'BRIEN"). */
  private static boolean inCapitals(String word) {
    return word.codePoints().filter(Character::isLetter).count() > 1
        && word.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase);
  }

  private static List<String> nameWords(List<String> words) {
    List<String> kept = new ArrayList<>();
    for (String word : words) {
      String name = NOT_NAME_CHARACTER.matcher(word).replaceAll("").strip();
      if (name.chars().anyMatch(Character::isLetter)) {
        kept.add(name);
      }
    }
    return kept;
  }
}
