package org.citebot.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.dates.DateExtractor;
import org.citebot.dates.DateMention;
import org.citebot.dates.DateResolver;
import org.citebot.dates.ResolvedDate;
import org.citebot.text.TextSpan;

/**
 * Where a sentence holds what a question type asks for: an event date for "when", a number for
 * "how many", a name for "who". An answer's shape must be new to the question: "When did the
 * 2020 war end?" is not answered by the "2020" it already names.
 */
final class AnswerShapes {

  /**
   * A count in digits or words; not the digits of a name ("catch-22", "Su-25", "COVID-19"), which
   * follow a word and a hyphen, unless they are a year ("mid-1990").
   */
  private static final Pattern NUMBER = Pattern.compile("(?i)(?<![\\p{L}\\d]-)(?<![\\d,.])\\d[\\d,.]*"
      + "|(?<![\\d,.])(?:1\\d{3}|20\\d{2})\\b|\\b(one|two|three|four|"
      + "five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
      + "eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|"
      + "thousand|thousands|million|millions|billion|billions|dozen|dozens|half|double|twice|"
      + "several|few|single|none)\\b");
  private static final Pattern DURATION = Pattern.compile("(?i)(\\d|\\b(a|an|one|two|three|four|"
      + "five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|several|few|many|hundred|"
      + "hundreds|thousands|half)\\b)[\\s-]*(\\w+[\\s-]+)?(second|minute|hour|day|week|month|year|"
      + "decade|century|centuries)s?\\b|\\bsince\\b|\\buntil\\b|\\bfor (decades|years|months)\\b");
  /**
   * A length, the other thing "how long" asks for ("How long is the corridor?"): a number and a
   * unit of length ("a 5-kilometre-wide corridor", "32 km", "three miles").
   */
  private static final Pattern LENGTH = Pattern.compile("(?i)(?:\\d[\\d.,]*|\\b(?:one|two|three|"
      + "four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand|several|"
      + "few))[\\s-]*(?:km|kilomet(?:re|er)s?|m|met(?:re|er)s?|mi|miles?|ft|feet|foot|yards?|"
      + "inch(?:es)?|cm|centimet(?:re|er)s?|mm|millimet(?:re|er)s?)\\b");
  private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}'’-]*");
  // A question about an end ("until which year", "when does the mandate expire") asks for a
  // deadline, which an article may set after its own date.
  private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|going to|shall|planned|"
      + "expected|next|upcoming|future|until|till|expire|expires|expiry)\\b");

  static final DateExtractor DATES = new DateExtractor();
  private static final DateResolver RESOLVER = new DateResolver();

  /**
   * Time expressions beyond the calendar dates the date extractor resolves, for history and
   * encyclopaedic text: centuries, decades, years before 1600 after a cue word, BC/AD years, and
   * times told by an event ("after the war"; on SQuAD 0.2 points more hit@3, one fewer false
   * abstention, two more answered of the unanswerable questions).
   * A bare year still needs a cue, so "the 2020 war" does not count.
   */
  private static final Pattern ERA = Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th)(?:[\\s-]+and[\\s-]+"
      + "\\d{1,2}(?:st|nd|rd|th))?[\\s-]+centur(?:y|ies)\\b|\\b\\d{2,3}0s\\b|\\b(?:[Ii]n|[Ss]ince|"
      + "[Bb]y|[Aa]fter|[Bb]efore|[Uu]ntil|[Ff]rom|[Aa]round|[Cc]irca|[Dd]uring|[Oo]f|[Tt]o|[Bb]etween"
      + "|and)\\s+"
      + "(?<year>\\d{3,4})\\b(?![.,]?\\d|\\s*(?:%|percent|people|men|troops|km|miles|metres|meters))"
      + "|\\b[Yy]ears?\\s+(?<yyear>\\d{3,4})\\b(?![.,]?\\d)"
      // "the 1979 oil crisis", "its 1977 merger", "the Maastricht Treaty 1992"; not "the 1500
      // soldiers", a count of what follows in the plural
      + "|\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|Act|Treaty|Convention|Agreement)\\s+"
      + "(?<dyear>1\\d{3}|20\\d{2})\\b(?![.,]?\\d|\\s*(?:%|percent|people|men|troops|km|miles|"
      + "metres|meters)|\\s+\\p{Ll}+[^s\\s]s\\b)"
      + "|\\b(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|"
      + "[Tt]enth|[Ee]leventh|[Tt]welfth|[Tt]hirteenth|[Ff]ourteenth|[Ff]ifteenth|[Ss]ixteenth|"
      + "[Ss]eventeenth|[Ee]ighteenth|[Nn]ineteenth|[Tt]wentieth|[Tt]wenty-first)[\\s-]+centur(?:y|ies)\\b"
      + "|\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\\b"
      // "After liberation", "During the Second World War", "until the oil shock": a time told
      // by the event it follows or falls in
      + "|\\b(?:[Dd]uring|[Aa]fter|[Bb]efore|[Uu]ntil|[Ss]ince|[Ff]ollowing)\\s+(?:the\\s+)?"
      + "(?:(?:\\p{Lu}[\\p{L}-]*\\s+)*(?:War|Revolution|Crisis|Conquest|Invasion|Restoration|"
      + "Reformation|Renaissance)\\b|(?:\\p{Ll}+\\s+)?(?:war|revolution|crisis|conquest|invasion|"
      + "liberation|independence|reign|era|period|shock)\\b)"
      + "|\\((?:[^()]*\\s)?(?<pyear>\\d{3,4})(?:\\s?[-\u2013]\\s?\\d{2,4})?\\)"
      + "|\\b\\d{1,4}\\s?(?:BC|AD|BCE|CE)\\b|\\bAD\\s?\\d{1,4}\\b|\\b(?:January|February|March|"
      + "April|May|June|July|August|September|October|November|December)\\s+(?<myear>\\d{3,4})\\b");


  private AnswerShapes() {}

  /**
   * The spans of the sentence that have the answer's shape. For types without a shape (what,
   * why, how, yes/no) the result is empty and {@link #hasShape} is false.
   *
   * @param published the article's publication date, or null
   */
  static List<TextSpan> spans(QuestionType type, boolean future, String sentence,
      Set<String> questionWords, LocalDate published,
      java.util.function.Supplier<List<DateMention>> dates,
      java.util.function.Supplier<List<Match>> numbers) {
    return switch (type) {
      case WHEN -> times(future, sentence, dates.get(), questionWords, published);
      case HOW_MANY -> counts(numbers.get(), questionWords, dates.get());
      case HOW_LONG -> {
        List<TextSpan> d = new ArrayList<>(matchesNew(DURATION, sentence, questionWords));
        d.addAll(matchesNew(LENGTH, sentence, questionWords));
        if (!d.isEmpty()) {
          yield d;
        }
        // Else a time from one date to another ("from 27 September to 10 November"): one date
        // alone ("ended in August") says when, not how long.
        List<TextSpan> t = times(future, sentence, dates.get(), questionWords, published);
        yield apart(t) >= 2 ? t : List.of();
      }
      case WHO, WHERE -> newNames(sentence, questionWords);
      default -> List.of();
    };
  }

  /**
   * How many of the spans stand apart, none overlapping another: two finds of one date count
   * once.
   */
  private static int apart(List<TextSpan> spans) {
    int n = 0;
    int end = -1;
    for (TextSpan t : spans.stream().sorted().toList()) {
      if (t.start() >= end) {
        n++;
      }
      end = Math.max(end, t.end());
    }
    return n;
  }

  /**
   * Whether a question looks ahead ("will", "planned", "next") or asks for an end ("until",
   * "expire"): then a date after the article's publication may still answer it.
   */
  static boolean looksAhead(String question) {
    return FUTURE.matcher(question).find();
  }

  private static final Pattern SPEECH_QUESTION = Pattern.compile("(?i)\\b(?:tell|told|say|said|"
      + "says|warn|warned|describe|described|call|called|claim|claimed|announce|announced|state|"
      + "stated|argue|argued|declare|declared|lament|lamented|complain|complained|reply|replied|"
      + "respond|responded|accuse|accused|criticise|criticised|criticize|criticized)\\b");
  private static final Pattern QUOTED = Pattern.compile("[\u201c\"\u00ab][^\u201d\"\u00bb]{3,}"
      + "[\u201d\"\u00bb]");

  private static final Pattern COUNTED = Pattern.compile("(?i)\\bhow (?:many|much) (?:of )?(?:the )?"
      + "([\\p{L}\\p{N}'’-]+)(?:\\s+(?!(?:are|is|was|were|did|do|does|have|has|had|will|would|can|"
      + "could|there|of|per|in|on|at|for|to|from|by|with)\\b)([\\p{L}\\p{N}'’-]+))?");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");

  /**
   * The words a "how many" question counts, its next two words unless the second is a verb it
   * asks with or a verb in the past: "How many Russian peacekeepers are there?" counts {russian,
   * peacekeepers}, "How many people crossed?" {people}; empty for other questions.
   */
  static List<String> countedWords(String question) {
    Matcher m = COUNTED.matcher(question);
    if (!m.find()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int g = 1; g <= 2; g++) {
      if (m.group(g) != null) {
        String word = m.group(g).toLowerCase(Locale.ROOT);
        // "How many refugees fled?" counts refugees: the verb after them says what they did, and
        // a sentence that has only the verb ("residents fled") does not name them.
        if (g == 2 && (PAST_VERB.matcher(word).matches() || IRREGULAR_PAST.contains(word))) {
          break;
        }
        out.add(word);
      }
    }
    return out;
  }

  private static final Pattern PAST_VERB = Pattern.compile("\\p{L}{3,}ed");
  private static final Set<String> IRREGULAR_PAST = Set.of("fled", "left", "went", "came",
      "won", "lost", "fought", "took", "made", "saw", "ran", "fell", "rose", "sold", "bought",
      "built", "sent", "spent", "held", "kept", "met", "paid", "said", "told", "wrote", "gave",
      "got", "grew", "knew", "led", "became", "began", "brought", "drove", "flew", "froze",
      "hid", "hit", "lay", "put", "read", "rode", "sang", "sat", "shot", "slept", "spoke",
      "stood", "stole", "struck", "swam", "taught", "thought", "threw", "wore", "chose", "fed");

  /**
   * Whether one of the number spans is followed, within three words, by a word the question
   * counts ("which numbers some 120,000 people" for "How many people live there?"): the number
   * then counts what was asked, not something else in the sentence.
   */
  static boolean countsWhatWasAsked(String sentence, List<TextSpan> numbers,
      List<String> counted) {
    if (counted.isEmpty()) {
      return false;
    }
    for (TextSpan n : numbers) {
      Matcher w = WORD.matcher(sentence);
      w.region(n.end(), sentence.length());
      for (int i = 0; i < 3 && w.find(); i++) {
        if (sameWord(w.group().toLowerCase(Locale.ROOT), counted)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A number in digits or words, as the first part of a compound ("5-cylinder", "six-week"). */
  private static final Pattern COUNT_WORD = Pattern.compile("\\d+(?:[.,]\\d+)?|one|two|three|"
      + "four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
      + "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
      + "hundred|thousand|million|single|double|triple");

  /**
   * Whether the sentence names what is counted only inside hyphenated words: "anti-tank" names a
   * kind of mine, not tanks, so "1,609 anti-tank landmines" does not say how many tanks. False
   * when it names one of the counted words as a word of its own, or after a number in a compound
   * ("a 5-cylinder engine" counts cylinders), or not at all (the search terms may have found a
   * synonym).
   */
  static boolean namesCountedOnlyInCompounds(String sentence, List<String> counted) {
    boolean inCompound = false;
    Matcher w = WORD.matcher(sentence);
    while (w.find()) {
      String word = w.group().toLowerCase(Locale.ROOT);
      if (word.indexOf('-') < 0) {
        if (sameWord(word, counted)) {
          return false;
        }
        continue;
      }
      String[] parts = word.split("-");
      for (int i = 0; i < parts.length; i++) {
        if (!parts[i].isEmpty() && sameWord(parts[i], counted)) {
          // "5-cylinder", "six-week": the number before it counts it.
          if (i > 0 && COUNT_WORD.matcher(parts[i - 1]).matches()) {
            return false;
          }
          inCompound = true;
        }
      }
    }
    return inCompound;
  }

  private static final Pattern REPEATS = Pattern.compile("(?i)\\b(?:once|twice|thrice)\\b");
  private static final Pattern CURRENCY = Pattern.compile("[$£€¥₹₽]|(?i)\\b(?:dollars?|pounds?|"
      + "euros?|yen|yuan|renminbi|rupees?|roubles?|rubles?|francs?|marks|lira|lire|pesos?|"
      + "shillings?|guilders?|crowns?|kronor|kroner|drams?|manats?|lari|riyals?|dinars?|dirhams?|"
      + "rands?|USD|EUR|GBP)\\b");

  /**
   * Whether the sentence names what the question counts without using its word: "twice" counts
   * times ("How many times did Polonia win the cup?"), and a sum in a currency counts money ("6
   * million Lira" for "How much money could he claim?").
   */
  static boolean countsImplicitly(String sentence, List<String> counted) {
    if ((counted.contains("times") && REPEATS.matcher(sentence).find())
        || (counted.stream().anyMatch(MONEY::contains) && CURRENCY.matcher(sentence).find())) {
      return true;
    }
    for (String word : counted) {
      Pattern measured = UNIT_AFTER_NUMBER.get(word);
      if (measured != null && measured.matcher(sentence).find()) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> MONEY = Set.of("money", "cash");

  /**
   * Units of measure by the word a question counts them with, and the symbols that a measure
   * after a number writes them with: "How many pounds of steam?" is answered by "4 kg (8.8 lb)",
   * "How many kilometres long is it?" by "120 km".
   */
  private static final Map<String, Pattern> UNIT_AFTER_NUMBER = units(Map.ofEntries(
      Map.entry("pounds", "lbs?"), Map.entry("kilograms", "kg"), Map.entry("grams", "g"),
      Map.entry("tonnes", "t"), Map.entry("tons", "t"), Map.entry("ounces", "oz"),
      Map.entry("miles", "mi|mph"), Map.entry("kilometres", "km|km/h"),
      Map.entry("kilometers", "km|km/h"), Map.entry("metres", "m"), Map.entry("meters", "m"),
      Map.entry("centimetres", "cm"), Map.entry("centimeters", "cm"),
      Map.entry("millimetres", "mm"), Map.entry("millimeters", "mm"), Map.entry("feet", "ft|′"),
      Map.entry("inches", "″"), Map.entry("hours", "h|hrs?"), Map.entry("minutes", "min"),
      Map.entry("seconds", "secs?"), Map.entry("percent", "%"), Map.entry("degrees", "°"),
      Map.entry("acres", "ac"), Map.entry("gallons", "gal"), Map.entry("litres", "l|L"),
      Map.entry("liters", "l|L"), Map.entry("watts", "W"), Map.entry("kilowatts", "kW"),
      Map.entry("megawatts", "MW"), Map.entry("volts", "V"), Map.entry("calories", "kcal|cal"),
      Map.entry("bytes", "B|kB|MB|GB|TB")));

  private static Map<String, Pattern> units(Map<String, String> symbols) {
    Map<String, Pattern> out = new HashMap<>();
    symbols.forEach((word, symbol) -> out.put(word, Pattern.compile(
        "\\d(?:[\\d.,]*\\d)?\\s?(?:" + symbol + ")(?![\\p{L}\\p{N}])")));
    return Map.copyOf(out);
  }

  /**
   * The counted words that an answer may leave out: "times" and words for money. A unit keeps its
   * weight: answers often write it out ("a 5-kilometre-wide corridor"), and without it a question
   * for kilometres ranks any sentence with its other words as high.
   */
  static List<String> impliedCountWords(List<String> counted) {
    return counted.stream().filter(w -> w.equals("times") || MONEY.contains(w)).toList();
  }

  /** Same word, allowing for a plural or other short ending ("soldier" and "soldiers"). */
  private static boolean sameWord(String word, List<String> counted) {
    for (String c : counted) {
      int common = 0;
      while (common < Math.min(word.length(), c.length())
          && word.charAt(common) == c.charAt(common)) {
        common++;
      }
      if (word.equals(c) || (common >= 4 && Math.max(word.length(), c.length()) - common <= 2)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The years that date mentions resolve to against the publication date (may be null): "Dec. 12"
   * in an article of 3 January 2023 is in 2022.
   */
  static Set<String> years(List<DateMention> mentions, LocalDate published) {
    Set<String> out = new HashSet<>();
    for (DateMention m : mentions) {
      RESOLVER.resolve(m, published).ifPresent(r -> out.add(String.valueOf(r.date().getYear())));
    }
    return out;
  }

  /** The days of the year that date mentions name, with or without a year ("5 May", "Dec. 12"). */
  static Set<java.time.MonthDay> days(List<DateMention> mentions) {
    Set<java.time.MonthDay> out = new HashSet<>();
    for (DateMention m : mentions) {
      if (m.expression() instanceof org.citebot.dates.DateExpression.Calendar c && c.day() > 0
          && c.month() > 0) {
        try {
          out.add(java.time.MonthDay.of(c.month(), c.day()));
        } catch (java.time.DateTimeException e) {
          // "30 February": no such day, so nothing a paragraph could name.
        }
      }
    }
    return out;
  }

  /** Whether a question asks what someone said ("What did X tell Y?", "How did X describe"). */
  static boolean asksForSpeech(String question) {
    return SPEECH_QUESTION.matcher(question).find();
  }

  /** The verbs of speech a question asks with ("tell" in "What did X tell Y?"). */
  static List<String> speechVerbs(String question) {
    List<String> out = new ArrayList<>();
    Matcher m = SPEECH_QUESTION.matcher(question);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Whether a sentence quotes someone's words. */
  static boolean quotesSpeech(String sentence) {
    return QUOTED.matcher(sentence).find();
  }

  /**
   * A sentence that goes on with words already attributed: it opens with a quotation mark, or
   * names its speaker by a pronoun ("'... unacceptable,' she said", "He added that ...").
   */
  private static final Pattern GOES_ON_WITH_SPEECH = Pattern.compile(
      "^\\s*[\u201c\"\u00ab\u2018]"
          + "|\\b(?:he|she|they)\\s+(?:said|says|added|adds|continued|stressed|noted|told|wrote)\\b"
          + "|\\b(?:said|added|continued|stressed|noted)\\s+(?:he|she|they)\\b",
      Pattern.CASE_INSENSITIVE);

  static boolean goesOnWithSpeech(String sentence) {
    return GOES_ON_WITH_SPEECH.matcher(sentence).find();
  }

  private static final Pattern NEGATION = Pattern.compile(
      "\\b(?:not|never|no|none|neither|nor|nobody|nothing|nowhere|cannot|without)\\b|n['’]t\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DENIAL = Pattern.compile(NEGATION.pattern()
      + "|\\b(?:refus(?:e|es|ed|ing|al)|reject(?:s|ed|ing|ion)?|den(?:y|ies|ied|ying|ial))\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * A question that opens with a negated auxiliary ("Wasn't the checkpoint set up in April?",
   * "Did Baku not agree?") asks for a confirmation, not for what did not happen.
   */
  private static final Pattern CONFIRMING = Pattern.compile("(?i)^\\W*(?:(?:is|are|was|were|do|"
      + "does|did|has|have|had|can|could|will|would|should|must)(?:n['’]t\\b|\\b(?=.*?\\bnot\\b))"
      + "|(?:won|can)['’]t\\b)");

  /** Whether a question is negated ("was not", "wasn't", "never", "no one"). */
  static boolean negated(String question) {
    if (CONFIRMING.matcher(question).find()) {
      return false;
    }
    return NEGATION.matcher(question).find();
  }

  /**
   * Whether a sentence denies something: negated, or saying that someone refused, rejected or
   * denied something.
   */
  static boolean denies(String sentence) {
    return DENIAL.matcher(sentence).find();
  }

  static boolean hasShape(QuestionType type) {
    return switch (type) {
      case WHEN, HOW_MANY, HOW_LONG, WHO, WHERE -> true;
      default -> false;
    };
  }

  /**
   * Dates that say when something happened: not durations, not a cited report's date, not one
   * the question itself names, and, unless the question looks ahead ("will"), not after the
   * article was published.
   */
  static List<TextSpan> eventDates(boolean future, List<DateMention> mentions,
      Set<String> questionWords, LocalDate published) {
    List<TextSpan> out = new ArrayList<>();
    for (DateMention m : mentions) {
      if (m.kind() != DateMention.Kind.DATE || questionWords.containsAll(words(m.text()))) {
        continue;
      }
      if (!future && published != null) {
        Optional<ResolvedDate> r = RESOLVER.resolve(m, published);
        if (r.isPresent() && r.get().date().isAfter(published)) {
          continue;
        }
      }
      out.add(m.span());
    }
    return out;
  }

  /** {@link #eventDates} plus the wider time expressions of {@link #ERA}. */
  static List<TextSpan> times(boolean future, String sentence, List<DateMention> mentions,
      Set<String> questionWords, LocalDate published) {
    List<TextSpan> out = new ArrayList<>(eventDates(future, mentions, questionWords, published));
    Matcher m = ERA.matcher(sentence);
    while (m.find()) {
      if (questionWords.containsAll(words(m.group()))) {
        continue;
      }
      String year = m.group("year") != null ? m.group("year")
          : m.group("myear") != null ? m.group("myear")
          : m.group("yyear") != null ? m.group("yyear")
          : m.group("dyear") != null ? m.group("dyear") : m.group("pyear");
      if (!future && published != null && year != null
          && Integer.parseInt(year) > published.getYear()) {
        continue;
      }
      out.add(new TextSpan(m.start(), m.end()));
    }
    return out;
  }

  /** A pattern match in a sentence: where, and its text in lower case without end punctuation. */
  record Match(TextSpan span, String text) {}

  /** The numbers in a sentence, independent of any question (so they can be found once). */
  static List<Match> numbers(String sentence) {
    List<Match> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(sentence);
    while (m.find()) {
      out.add(new Match(new TextSpan(m.start(), m.end()),
          m.group().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+$", "")));
    }
    return List.copyOf(out);
  }

  /**
   * The numbers the question does not name and no date holds: "23" in "On 23 April" and "2020" in
   * "in 2020" say when, not how many (a length of time, "two years", still counts).
   */
  private static List<TextSpan> counts(
      List<Match> numbers, Set<String> questionWords, List<DateMention> dates) {
    List<TextSpan> out = new ArrayList<>();
    for (TextSpan n : newMatches(numbers, questionWords)) {
      boolean dated = false;
      for (DateMention d : dates) {
        if (d.kind() != DateMention.Kind.DURATION && d.span().start() < n.end()
            && n.start() < d.span().end()) {
          dated = true;
          break;
        }
      }
      if (!dated) {
        out.add(n);
      }
    }
    return out;
  }

  private static List<TextSpan> newMatches(List<Match> matches, Set<String> questionWords) {
    List<TextSpan> out = new ArrayList<>();
    for (Match m : matches) {
      if (!questionWords.contains(m.text())) {
        out.add(m.span());
      }
    }
    return out;
  }

  private static List<TextSpan> matchesNew(Pattern p, String sentence, Set<String> questionWords) {
    List<TextSpan> out = new ArrayList<>();
    Matcher m = p.matcher(sentence);
    while (m.find()) {
      String found = m.group().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+$", "");
      if (!questionWords.contains(found)) {
        out.add(new TextSpan(m.start(), m.end()));
      }
    }
    return out;
  }

  /** Capitalised words the question does not contain, past the sentence's first word. */
  static List<TextSpan> newNames(String sentence, Set<String> questionWords) {
    List<TextSpan> out = new ArrayList<>();
    Matcher m = NAME.matcher(sentence);
    while (m.find()) {
      if (m.start() == 0) {
        continue;
      }
      if (!questionWords.contains(m.group().toLowerCase(Locale.ROOT))) {
        out.add(new TextSpan(m.start(), m.end()));
      }
    }
    return out;
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

}
