package dev.guidecheck.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

import dev.guidecheck.lint.GuideLint;

/**
 * The reader against the real renderer: for every page of the corpus, the procedures the reader finds are
 * the lists Jekyll renders outside any other list, in order, and each procedure's steps are that list's
 * items: as many, with the number readers see ({@code <ol start>} and the position) and the same words.
 * Words are compared with whitespace collapsed and kramdown's typography (curly quotes, dashes, ellipses)
 * turned back into what was typed on both sides, since the reader keeps the words as written (and some
 * authors typed curly quotes).
 */
public class JekyllDifferentialTest {

    /** What a reader sees of a tag that kramdown did not parse: "<a href=...", "</br>". */
    private static final java.util.regex.Pattern MARKUP_AS_TEXT = java.util.regex.Pattern.compile("</?[A-Za-z][\\w-]*[\\s>/]");

    private final GuideReader reader = new GuideReader(Corpus.root());

    /** A procedure as a reader of the published page sees it: the numbers and words of its items. */
    private record Seen(List<Integer> numbers, List<String> texts) {
    }

    @DataProvider
    public Object[][] pages() {
        return Corpus.pages().stream().map(page -> new Object[] {page}).toArray(Object[][]::new);
    }

    @Test
    public void theCorpusHasItsPages() {
        assertThat(Corpus.pages()).hasSize(72).contains("docs/elements/sagecrm/setup.md", "docs/elements/hubspot/setup.md");
    }

    @Test(dataProvider = "pages")
    public void everyProcedureIsAListJekyllRendersWithTheSameItems(String page) throws IOException {
        List<Seen> jekyll = jekyllLists(page);
        List<Procedure> procedures = reader.read(page).procedures();

        assertThat(procedures).as("%s: procedures (Jekyll renders %d top-level lists)", page, jekyll.size())
                .hasSameSizeAs(jekyll);
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < procedures.size(); i++) {
            Procedure procedure = procedures.get(i);
            List<Step> steps = procedure.steps();
            softly.assertThat(steps.stream().map(Step::position).toList())
                    .as("%s: numbers of \"%s\" (%s)", page, procedure.title(), procedure.source())
                    .isEqualTo(jekyll.get(i).numbers());
            softly.assertThat(steps.stream().map(step -> normalise(typed(step.text()))).toList())
                    .as("%s: words of \"%s\" (%s)", page, procedure.title(), procedure.source())
                    .isEqualTo(jekyll.get(i).texts());
        }
        softly.assertAll();
    }

    @Test
    public void wholeCorpusIsCompared() throws IOException {
        int procedures = 0;
        int steps = 0;
        for (String page : Corpus.pages()) {
            for (Seen list : jekyllLists(page)) {
                procedures++;
                steps += list.texts().size();
            }
        }
        System.out.println("JekyllDifferentialTest: " + Corpus.pages().size() + " pages, " + procedures
                + " procedures, " + steps + " steps compared with Jekyll");
        assertThat(procedures).isGreaterThan(100);
    }

    @Test
    public void rawHtmlFindingsAreOnThePagesWhereJekyllShowsMarkupAsText() throws IOException {
        GuideLint lint = new GuideLint(Corpus.root(), step -> true);
        List<String> shownByJekyll = new ArrayList<>();
        List<String> foundByLint = new ArrayList<>();
        for (String page : Corpus.pages()) {
            String html = Files.readString(JekyllSite.site().resolve(GuidePage.urlOf(page)), StandardCharsets.UTF_8);
            Document document = Jsoup.parse(html);
            // Code shows markup on purpose ("replace <site collection url>").
            document.select("code, pre").remove();
            if (MARKUP_AS_TEXT.matcher(document.body().text()).find()) {
                shownByJekyll.add(page);
            }
            if (lint.lint(page).stream().anyMatch(finding -> finding.rule().equals("raw-html"))) {
                foundByLint.add(page);
            }
        }

        assertThat(foundByLint).isEqualTo(shownByJekyll).isNotEmpty();
    }

    /** The lists of a page that are not inside another list, as Jekyll rendered them. */
    static List<Seen> jekyllLists(String page) throws IOException {
        String html = Files.readString(JekyllSite.site().resolve(GuidePage.urlOf(page)), StandardCharsets.UTF_8);
        Document document = Jsoup.parse(html);
        List<Seen> lists = new ArrayList<>();
        for (Element list : document.select("ol")) {
            if (list.parents().stream().anyMatch(parent -> parent.tagName().equals("li"))) {
                continue;
            }
            int start = list.hasAttr("start") ? Integer.parseInt(list.attr("start")) : 1;
            List<Integer> numbers = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (Element item : list.children()) {
                if (item.tagName().equals("li")) {
                    numbers.add(start + numbers.size());
                    texts.add(normalise(typed(item.text())));
                }
            }
            lists.add(new Seen(numbers, texts));
        }
        return lists;
    }

    /** kramdown's typography turned back into what the author typed. */
    private static String typed(String text) {
        return text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace("\u2014", "---").replace("\u2013", "--").replace("\u2026", "...")
                .replace("\u00AB", "<<").replace("\u00BB", ">>");
    }

    private static String normalise(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
