package org.quizkit.core.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.question.TypedAnswerNote;

/** Small fixed quizzes written by hand for golden files and external checkers. */
final class SampleQuiz {
  private SampleQuiz() {}

  /** One question of every kind, plain text, two modules. */
  static List<Question> plain() {
    return List.of(
        new SingleChoice(
            "sc-bone",
            "Which site is named most often for breast cancer in this quiz?",
            List.of(
                new Option("bone", "Bone", "bone", "Right: bone comes first."),
                new Option("skin", "Skin", "skin", "Not here: skin is not named."),
                Option.of("eye", "Eye", "eye")),
            "bone",
            info("Bone is the site named first.", "module:breast", Difficulty.EASY)),
        new MultipleResponse(
            "mr-lung",
            "Which sites are named for lung cancer? Select all that apply.",
            List.of(
                Option.of("brain", "Brain", "brain"),
                Option.of("liver", "Liver", "liver"),
                new Option("nail", "Fingernail", "nail", "Nails are never named."),
                Option.of("bone", "Bone", "bone")),
            List.of("brain", "liver", "bone"),
            info("Brain, liver and bone are named.", "module:lung", Difficulty.MEDIUM)),
        new TrueFalse(
            "tf-lymph",
            "Cancer cells can travel through the lymph system.",
            true,
            info("The lymph system is one route.", "module:routes", Difficulty.EASY)),
        new Matching(
            "ma-sites",
            "Match each cancer to a site named for it.",
            List.of(Option.of("colon", "Colon cancer"), Option.of("prostate", "Prostate cancer")),
            List.of(
                Option.of("liver", "Liver"), Option.of("bone", "Bone"), Option.of("eye", "Eye")),
            orderedMap("colon", "liver", "prostate", "bone"),
            info("Colon goes with liver, prostate with bone.", "module:routes", Difficulty.HARD)),
        new Ordering(
            "or-steps",
            "Put the steps of spread in order.",
            List.of(
                Option.of("settle", "The cells settle in a new place"),
                Option.of("break", "Cells break away from the first tumour"),
                Option.of("travel", "The cells travel in blood or lymph")),
            List.of("break", "travel", "settle"),
            info("Break away, travel, then settle.", "module:routes", Difficulty.MEDIUM)),
        new ShortAnswer(
            "sa-name",
            "What is the word for cancer that has spread to a new place?",
            List.of("metastatic", "metastatic cancer"),
            List.of("benign"),
            List.of(
                new TypedAnswerNote(
                    List.of("metastasis"), 1.0, "Metastasis is the spreading itself; it counts."),
                new TypedAnswerNote(
                    List.of("malignant", "cancerous"),
                    0.0,
                    "Malignant means able to spread, not that it has spread.")),
            info("The word is metastatic.", "module:routes", Difficulty.MEDIUM)));
  }

  /** One question of every kind whose every text is full of characters formats must escape. */
  static List<Question> metacharacters() {
    String m = "a<b>&c \"q\" 'p' ~t =e #h {x} y:z \\w \\n // [html] %5% ü 😀";
    return List.of(
        new SingleChoice(
            "sc:{meta}",
            "Pick " + m + "?",
            List.of(
                new Option("o=1", "One " + m, "", "fb " + m),
                new Option("o#2", "Two ~ = # { } : \\", "", ""),
                Option.of("o~3", "Three </p> ]]> &amp;")),
            "o#2",
            info("Expl " + m, "module:meta", Difficulty.EASY)),
        new MultipleResponse(
            "mr-{meta}",
            "Choose " + m,
            List.of(
                Option.of("a", "A ~%50%"),
                Option.of("b", "B =x -> y"),
                new Option("c", "C ####", "", "fb #1 ~"),
                Option.of("d", "D {T}")),
            List.of("a", "b"),
            info("Expl ####" + m, "module:meta", Difficulty.HARD)),
        new TrueFalse(
            "tf\\meta",
            "True? " + m,
            false,
            info("Because " + m, "module:meta", Difficulty.MEDIUM)),
        new Matching(
            "ma:meta",
            "Match " + m,
            List.of(Option.of("p1", "x >- y"), Option.of("p2", "{=}"), Option.of("p3", "<3 & :")),
            List.of(Option.of("c1", "-> ="), Option.of("c2", "#~"), Option.of("c3", "\\:")),
            orderedMap("p1", "c2", "p2", "c3", "p3", "c1"),
            info("Expl " + m, "module:meta", Difficulty.MEDIUM)),
        new Ordering(
            "or=meta",
            "Order " + m,
            List.of(
                Option.of("i1", "first ~"),
                Option.of("i2", "second ="),
                Option.of("i3", "third }")),
            List.of("i1", "i2", "i3"),
            info("Expl " + m, "module:meta", Difficulty.MEDIUM)),
        new ShortAnswer(
            "sa#meta",
            "Type " + m,
            List.of("x=y", "a:b {c}"),
            List.of("~z"),
            List.of(new TypedAnswerNote(List.of("n~o=te #1", "{half}"), 0.5, "fb " + m)),
            info("Expl " + m, "module:meta", Difficulty.MEDIUM)));
  }

  /**
   * What a teacher's own dataset may hold, one question of every kind: every text full of {@code &
   * < > " ' { } ~ = # : \ * ->}, entities, an emoji, five non-Latin scripts and a line break; ids
   * and tags too. Every format writes every question it can hold; GIFT cannot hold the last, a
   * short answer with {@code ->}, which Moodle would read as matching.
   */
  static List<Question> hostile() {
    String h =
        "& < > \" ' { } ~ = # : \\ * -> &amp; &#38; &lt;b&gt; \uD83D\uDE00"
            + " Ελληνικά русский 日本語 العربية हिन्दी";
    String broken = h + "\nsecond line";
    List<String> tags = List.of("module:hostile", "tag & <x> \"y\"", "日本語", "a]b", "c\\d");
    return List.of(
        new SingleChoice(
            "sc:{hostile} & <1>",
            "Which one? " + broken,
            List.of(
                new Option("a", "A " + h, "", "Feedback " + broken),
                new Option("b", "<!-- -->", "", ""),
                new Option("c", "bones & <joints>", "", "")),
            "c",
            hostileInfo("Because " + broken, tags)),
        new MultipleResponse(
            "mr=hostile #2",
            "Which ones? " + h,
            List.of(
                Option.of("a", "x -> y & <z>"),
                Option.of("b", "Lungs &amp; pleura"),
                Option.of("c", "日本語 \uD83E\uDDB4 \"q\""),
                Option.of("d", "{T} ~ = #")),
            List.of("a", "c"),
            hostileInfo("Expl " + h, tags)),
        new TrueFalse("tf]hostile\\3", "True? " + broken, true, hostileInfo(broken, tags)),
        new Matching(
            "ma~hostile 4",
            "Match " + h,
            List.of(Option.of("p1", "Breast & <b>"), Option.of("p2", "日本語 {x} \\ :")),
            List.of(
                Option.of("c1", "Bones & <joints>"),
                Option.of("c2", "Lungs &amp; pleura"),
                Option.of("c3", "<!-- --> " + broken),
                Option.of("c4", "skel*ton \uD83D\uDE00")),
            orderedMap("p1", "c1", "p2", "c3"),
            hostileInfo("Expl " + broken, tags)),
        new Ordering(
            "or hostile 5",
            "Order " + h,
            List.of(
                Option.of("i1", "first & <1>"),
                Option.of("i2", "second -> 2"),
                Option.of("i3", "third \"3\" 日本語 " + broken)),
            List.of("i2", "i1", "i3"),
            hostileInfo("Expl " + h, tags)),
        new ShortAnswer(
            "sa'hostile' 6",
            "Type " + broken,
            List.of("bones & <joints>", "skel*ton", "日本語 & \"q\"", "a\\b {c} ~d =e #f :g"),
            List.of("rival & <r>"),
            List.of(
                new TypedAnswerNote(
                    List.of("half & <half>", "line\nbreak"), 0.5, "fb & <b> 日本語\nline")),
            hostileInfo("Expl " + broken, tags)),
        new ShortAnswer(
            "sa-arrow 7",
            "Type the comment " + h,
            List.of("x -> y", "<!-- -->"),
            List.of(),
            hostileInfo("Expl " + h, tags)));
  }

  private static QuestionInfo hostileInfo(String explanation, List<String> tags) {
    return new QuestionInfo(
        explanation, "Hostile & <section>", List.of(), "hand", "", "", tags, Difficulty.MEDIUM);
  }

  private static QuestionInfo info(String explanation, String module, Difficulty difficulty) {
    return new QuestionInfo(
        explanation,
        "Sample / " + module.substring("module:".length()),
        List.of("fact-1", "fact-2"),
        "hand",
        "subject-1",
        "",
        List.of(module, "sample"),
        difficulty);
  }

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
