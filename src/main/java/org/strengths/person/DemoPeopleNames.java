package org.strengths.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Names for fictional people, drawn with roughly the frequencies found in a northern English city
 * today. The common surnames carry approximate shares of the population per 100,000 (Smith about
 * 1.1%); a long tail of rarer, place-derived surnames (the kind that make up most of the real
 * distribution) is composed from English place-name elements. First names follow the cohorts born
 * between the 1930s and 2000s, who make up most people known to adult social care.
 */
final class DemoPeopleNames {

  private static final String COMMON_SURNAMES =
      """
      Smith:1150 Jones:750 Williams:550 Taylor:500 Brown:490 Davies:400 Evans:320 Wilson:300
      Thomas:290 Johnson:280 Roberts:275 Robinson:255 Thompson:250 Wright:245 Walker:240 White:225
      Edwards:220 Hughes:215 Green:210 Hall:205 Lewis:200 Harris:195 Clarke:190 Patel:185
      Jackson:180 Wood:175 Turner:170 Martin:165 Cooper:160 Hill:158 Ward:155 Morris:150 Moore:148
      Clark:146 Lee:144 King:142 Baker:140 Harrison:138 Morgan:136 Allen:134 James:132 Scott:130
      Phillips:128 Watson:126 Davis:124 Parker:122 Price:120 Bennett:118 Young:116 Griffiths:114
      Mitchell:112 Kelly:110 Cook:108 Carter:106 Richardson:104 Bailey:102 Collins:100 Bell:99
      Shaw:98 Murphy:97 Miller:96 Cox:95 Richards:94 Khan:93 Marshall:92 Anderson:91 Simpson:90
      Ellis:89 Adams:88 Singh:87 Begum:86 Wilkinson:85 Foster:84 Chapman:83 Powell:82 Webb:81
      Rogers:80 Gray:79 Mason:78 Ali:77 Hunt:76 Hussain:75 Campbell:74 Matthews:73 Owen:72
      Palmer:71 Holmes:70 Mills:69 Barnes:68 Knight:67 Lloyd:66 Butler:65 Russell:64 Barker:63
      Fisher:62 Stevens:61 Jenkins:60 Murray:59 Dixon:58 Harvey:57 Graham:56 Pearson:55 Ahmed:55
      Fletcher:54 Walsh:54 Kaur:53 Gibson:53 Howard:52 Andrews:52 Stewart:51 Elliott:51
      Reynolds:50 Saunders:50 Payne:49 Fox:49 Ford:48 Pearce:48 Day:47 Brooks:47 West:46
      Lawrence:46 Cole:45 Atkinson:45 Bradley:44 Spencer:44 Gill:43 Dawson:43 Ball:42 Burton:42
      O'Brien:41 Watts:41 Rose:40 Booth:40 Perry:39 Ryan:39 Grant:38 Wells:38 Armstrong:37
      Francis:37 Rees:36 Hayes:36 Hart:35 Hudson:35 Newman:34 Barrett:34 Webster:33 Hunter:33
      Gregory:32 Carr:32 Lowe:31 Page:31 Marsh:30 Riley:30 Dunn:30 Woods:29 Parsons:29 Berry:28
      Stone:28 Reid:28 Holland:27 Hawkins:27 Harding:27 Porter:26 Robertson:26 Newton:26
      Oliver:25 Reed:25 Kennedy:25 Williamson:24 Bird:24 Gardner:24 Shah:24 Dean:23 Lane:23
      Cooke:23 Bates:22 Henderson:22 Parry:22 Burgess:21 Bishop:21 Walton:21 Burns:21
      Nicholson:20 Shepherd:20 Ross:20 Cross:20 Long:19 Freeman:19 Warren:19 Nicholls:19
      Hamilton:18 Byrne:18 Sutton:18 McDonald:18 Yates:17 Hodgson:17 Robson:17 Curtis:17
      Hopkins:16 O'Connor:16 Harper:16 Coleman:16 Watkins:16 Moss:15 McCarthy:15 Chambers:15
      O'Neill:15 Griffin:15 Sharp:14 Hardy:14 Wheeler:14 Potter:14 Osborne:14 Johnston:14
      Gordon:13 Doyle:13 Wallace:13 George:13 Jordan:13 Hutchinson:13 Rowe:12 Burke:12 May:12
      Pritchard:12 Gilbert:12 Willis:12 Higgins:12 Read:11 Miles:11 Stevenson:11 Stephenson:11
      Hammond:11 Arnold:11 Buckley:11 Walters:11 Hewitt:11 Barber:10 Nelson:10 Slater:10
      Austin:10 Sullivan:10 Whitehead:10 Mann:10 Frost:10 Lambert:10 Stephens:10 Blake:10
      Akhtar:10 Lynch:9 Goodwin:9 Barton:9 Woodward:9 Thomson:9 Cunningham:9 Quinn:9 Barnett:9
      Baxter:9 Bibi:9 Clayton:9 Nash:9 Greenwood:9 Jennings:9 Holt:9 Kemp:9 Poole:9 Gallagher:9
      Bond:9 Stokes:9 Tucker:8 Davidson:8 Fowler:8 Heath:8 Norman:8 Middleton:8 Lawson:8 Banks:8
      French:8 Stanley:8 Jarvis:8 Gibbs:8 Ferguson:8 Hayward:8 Carroll:8 Douglas:8 Dickinson:8
      Todd:8 Barlow:8 Peters:8 Lucas:8 Knowles:8 Hartley:8 Miah:8 Simmons:8 Morton:7
      Alexander:7 Field:7 Morrison:7 Norris:7 Townsend:7 Preston:7 Hancock:7 Thornton:7
      Baldwin:7 Burrows:7 Briggs:7 Storey:7 Pickering:7 Iqbal:7 Mahmood:7 Rahman:7 Mohamed:6
      Chowdhury:6 Nowak:6 Kowalski:5 Hassan:5 Sharma:5 Kumar:5 Malik:5 Smyth:5 Smithson:4
      Wisniewski:4 Wojcik:4 Kaminski:4 Nguyen:4 Chen:4 Wang:4 Li:4 Mistry:4 Parmar:4 Butt:4
      Okafor:3 Adeyemi:3 Mensah:3 Osei:3 Abdi:3 Chauhan:3 Bhatti:3 Raza:3 Siddiqui:3 Qureshi:3
      Sutcliffe:12 Haigh:10 Hirst:10 Firth:10 Dyson:9 Pickles:8 Ackroyd:7 Holroyd:7 Boothroyd:5
      Crabtree:6 Illingworth:5 Sugden:5 Thackray:5 Lumb:4 Ramsden:7 Broadbent:7 Whiteley:8
      Helliwell:5 Barraclough:5 Wainwright:7 Horsfall:4 Longbottom:4 Rhodes:12 Hinchliffe:5
      Oldroyd:4 Brook:8 Dobson:10 Kirk:9 Metcalfe:9 Senior:6 Stead:6 Tordoff:3 Gaunt:4 Exley:3
      """;

  private static final String FEMALE_NAMES =
      """
      Margaret:300 Mary:260 Patricia:210 Susan:200 Linda:160 Elizabeth:160 Jean:150 Barbara:140
      Christine:140 Janet:130 Sandra:120 Carol:120 Jennifer:90 Pauline:90 Valerie:80 Joan:110
      Dorothy:110 Doreen:80 Irene:80 Brenda:80 Sheila:90 Kathleen:90 Maureen:90 Joyce:80 Betty:60
      Marjorie:50 Eileen:60 Audrey:50 Gillian:60 Ann:80 Anne:80 Jacqueline:70 Karen:90 Julie:90
      Tracey:60 Deborah:60 Sharon:60 Lisa:60 Michelle:60 Nicola:50 Sarah:80 Helen:70 Amanda:50
      Joanne:50 Catherine:50 Claire:50 Emma:50 Rachel:40 Gemma:30 Laura:40 Rebecca:30 Hannah:30
      Jessica:20 Amy:30 Samantha:30 Lorraine:40 Diane:50 Angela:60 Wendy:40 Yvonne:40 Hazel:40
      Marion:40 Beryl:40 Edna:30 Vera:40 Sylvia:40 Rita:40 Shirley:50 Elsie:30 Ethel:20 Gladys:20
      Lilian:30 Phyllis:30 Ivy:20 June:40 Jane:60 Judith:40 Alison:40 Kathryn:30 Teresa:30
      Denise:40 Dawn:30 Lynne:30 Heather:30 Frances:30 Rosemary:30 Stephanie:30 Kim:20
      Victoria:30 Charlotte:30 Kelly:30 Stacey:20 Zoe:20 Natalie:20 Nasreen:10 Shabana:10
      Parveen:12 Fatima:12 Ayesha:8 Nusrat:6 Rukhsana:8 Gurpreet:6 Harjit:5 Sukhwinder:5
      Agnieszka:6 Katarzyna:6 Anna:20 Grace:15 Blessing:5 Olivia:10 Sophie:15 Chloe:10
      Siobhan:8 Bridget:15 Nora:10 Winifred:15 Mavis:20 Evelyn:25 Edith:20 Alice:20 Annie:10
      Jeanette:15 Josephine:15 Veronica:15 Gail:15 Elaine:40 Lesley:30 Anita:20 Beverley:20
      Sally:20 Lynda:15 Glenda:10 Ruth:25 Janice:30 Jill:20 Carole:20
      """;

  private static final String MALE_NAMES =
      """
      John:300 David:280 Michael:220 Peter:180 Robert:170 Paul:150 James:150 William:150
      Brian:120 Richard:110 Christopher:100 Stephen:100 Anthony:90 Mark:90 Alan:100 Kenneth:90
      Thomas:80 George:90 Keith:70 Ian:70 Andrew:80 Gary:60 Colin:60 Derek:60 Ronald:70
      Raymond:60 Dennis:50 Roy:50 Geoffrey:50 Trevor:40 Terence:40 Barry:50 Malcolm:40 Graham:50
      Philip:50 Martin:50 Kevin:50 Steven:50 Neil:40 Simon:40 Nigel:30 Timothy:30 Jeffrey:20
      Gordon:30 Frank:40 Arthur:40 Harold:40 Albert:30 Frederick:30 Ernest:30 Stanley:30
      Leslie:30 Sidney:20 Walter:20 Norman:40 Jack:30 Joseph:40 Charles:40 Edward:40 Daniel:40
      Matthew:30 Jason:30 Darren:30 Lee:30 Wayne:20 Craig:20 Dean:20 Shaun:15 Carl:20 Adam:20
      Jonathan:25 Benjamin:15 Samuel:15 Luke:15 Ryan:15 Liam:15 Jamie:10 Mohammed:25
      Muhammad:15 Mohammad:8 Imran:8 Tariq:6 Asif:6 Khalid:6 Abdul:10 Gurdeep:5 Harjinder:5
      Sukhdev:5 Rajesh:5 Sanjay:5 Piotr:6 Tomasz:6 Krzysztof:4 Andrzej:4 Patrick:30 Sean:15
      Declan:6 Kwame:3 Emeka:3 Hassan:5 Jon:8 Johnny:5 Dennis:20 Clifford:20 Eric:40 Cyril:20
      Herbert:15 Leonard:30 Donald:30 Douglas:20 Alfred:25 Bernard:25 Gerald:20 Maurice:20
      Vincent:10 Victor:15 Francis:15 Wilfred:15 Allan:15 Howard:15 Russell:15 Stuart:30
      """;

  // Elements of English place names, from which most rarer surnames come (Ashworth, Holroyd).
  private static final String[] TAIL_STARTS =
      ("Ash Black Brad Brook Broad Bur Cald Car Cart Chap Clay Cock Crab Dal Dun Ed Fair Far Fen"
              + " Gar Gold Green Hal Ham Har Hart Hay Hazel Heath Hol Horn Kings Lang Lind Lock"
              + " Long Mar Mid Mill Moor New North Ox Pem Pen Rad Rams Red Rock Rother Round Sal"
              + " Sand Shel Shep South Stan Stain Sum Sut Thorn Tod Wad Wal War Wat Wes Whit Wick"
              + " Wil Win Wor Al At Bar Bel Bil Bol Brig Cas Char Dar Dew El Farn Gil Grim Hep Hud"
              + " Ing Kil Knot Lid Mel Nor Ot Pud Rip Sel Sher Skel Tad Thur Ul Wet York Ack Bag"
              + " Bain Bram Cop Crow Elm Hag Hud Kettle Kirk Lax Loft Mort Nether Ormer Pick"
              + " Rish Scar Sower Stock Swin Thack Tin Wray")
          .split(" ");
  // Joining syllables and the endings they read naturally before (Ashingworth, Holmerton).
  private static final Map<String, String> TAIL_JOINS =
      Map.of(
          "s",
              "by ton ley worth wood field ford ham well croft dale bury don more ridge hurst land",
          "er", "ton ley field ford shaw wood by ham don worth well dale son ridge",
          "ing", "ton ham ley field worth ford by dale well wood",
          "en", "shaw ley ton by ham dale field wood well worth");
  private static final String[] TAIL_ENDS =
      ("by ton ley worth wood field ford ham well croft shaw thorpe royd bury don more ridge"
              + " stone wick dale cliffe bottom ington hurst burn land man son ett kin er house")
          .split(" ");

  private static final String PREFERRED =
      """
      Margaret=Peggy Margaret=Maggie Elizabeth=Betty Elizabeth=Liz Patricia=Pat Susan=Sue
      Jennifer=Jenny Catherine=Kate Kathleen=Kath Dorothy=Dot Christine=Chris Deborah=Debbie
      Rebecca=Becky Victoria=Vicky Samantha=Sam Josephine=Jo Winifred=Winnie Frances=Fran
      William=Bill Robert=Bob Richard=Dick Anthony=Tony Kenneth=Ken Michael=Mike Thomas=Tom
      Christopher=Chris Frederick=Fred Edward=Ted Leonard=Len Alfred=Alf Stephen=Steve
      Raymond=Ray James=Jim Joseph=Joe Daniel=Dan Terence=Terry Gerald=Gerry Ronald=Ron
      Mohammed=Mo Jonathan=Jon Andrew=Andy Samuel=Sam Herbert=Bert Albert=Bert Benjamin=Ben
      """;

  final WeightedNames surnames;
  final WeightedNames femaleNames;
  final WeightedNames maleNames;
  final Map<String, List<String>> nicknames;

  private DemoPeopleNames(double tailShare) {
    surnames = withTail(tailShare);
    femaleNames = weighted(FEMALE_NAMES);
    maleNames = weighted(MALE_NAMES);
    nicknames = nicknames();
  }

  /**
   * Names as a large population has them: the common surnames above cover about a fifth of people
   * (their weights are per 100,000), the composed tail the rest.
   */
  static DemoPeopleNames population() {
    return new DemoPeopleNames(0.79);
  }

  /** For a couple of hundred demo people, where mostly familiar surnames read better. */
  static DemoPeopleNames demo() {
    return new DemoPeopleNames(0.25);
  }

  /** A list of names to draw from in proportion to their weights. */
  static final class WeightedNames {
    final List<String> names;
    private final double[] cumulative;

    WeightedNames(Map<String, Double> weights) {
      names = List.copyOf(weights.keySet());
      cumulative = new double[names.size()];
      double total = 0;
      int i = 0;
      for (double weight : weights.values()) {
        total += weight;
        cumulative[i++] = total;
      }
      for (i = 0; i < cumulative.length; i++) {
        cumulative[i] /= total;
      }
    }

    String draw(Random random) {
      int index = Arrays.binarySearch(cumulative, random.nextDouble());
      return names.get(Math.min(index < 0 ? -index - 1 : index, names.size() - 1));
    }
  }

  private static WeightedNames weighted(String table) {
    return new WeightedNames(parse(table));
  }

  private static Map<String, Double> parse(String table) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String entry : table.trim().split("\\s+")) {
      String[] parts = entry.split(":");
      weights.merge(parts[0], Double.parseDouble(parts[1]), Double::sum);
    }
    return weights;
  }

  /**
   * Adds about 9,000 composed surnames, with weights falling off like a flat Zipf distribution
   * (from about the weight of Hartley down to that of Exley), so that together they hold {@code
   * tailShare} of all people.
   */
  private static WeightedNames withTail(double tailShare) {
    Map<String, Double> weights = new LinkedHashMap<>(parse(COMMON_SURNAMES));
    double commonTotal = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    Set<String> tail = new LinkedHashSet<>();
    for (String start : TAIL_STARTS) {
      for (String end : TAIL_ENDS) {
        tail.add(start + end);
      }
      for (String join : List.of("s", "er", "ing", "en")) {
        for (String end : TAIL_JOINS.get(join).split(" ")) {
          if (!start.endsWith(join.substring(0, 1))) {
            tail.add(start + join + end);
          }
        }
      }
    }
    tail.removeAll(weights.keySet());
    List<String> ranked = new ArrayList<>(tail);
    // A fixed shuffle, so which composed names are commoner does not follow the alphabet.
    Collections.shuffle(ranked, new Random(1948));
    double harmonic = 0;
    for (int rank = 1; rank <= ranked.size(); rank++) {
      harmonic += 1.0 / Math.pow(rank, 0.3);
    }
    double tailTotal = commonTotal * tailShare / (1 - tailShare);
    for (int rank = 1; rank <= ranked.size(); rank++) {
      weights.put(ranked.get(rank - 1), tailTotal / Math.pow(rank, 0.3) / harmonic);
    }
    return new WeightedNames(weights);
  }

  private static Map<String, List<String>> nicknames() {
    Map<String, List<String>> nicknames = new LinkedHashMap<>();
    for (String pair : PREFERRED.trim().split("\\s+")) {
      String[] parts = pair.split("=");
      nicknames.computeIfAbsent(parts[0], name -> new ArrayList<>()).add(parts[1]);
    }
    return nicknames;
  }
}
