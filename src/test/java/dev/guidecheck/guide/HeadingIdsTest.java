package dev.guidecheck.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;

/** Section ids match the anchors kramdown's auto_ids gives the site's headings. */
public class HeadingIdsTest {

    @Test
    public void idIsTheLowerCaseWordsJoinedByDashes() {
        assertThat(SectionReader.HeadingIds.basic("Locate Credentials for Authentication"))
                .isEqualTo("locate-credentials-for-authentication");
    }

    @Test
    public void leadingNonLettersAndPunctuationAreDropped() {
        assertThat(SectionReader.HeadingIds.basic("2. Set up OAuth 2.0 & Keys!")).isEqualTo("set-up-oauth-20--keys");
        assertThat(SectionReader.HeadingIds.basic("123")).isEqualTo("section");
    }

    @Test
    public void repeatedHeadingsGetNumberedIds() {
        SectionReader.HeadingIds ids = new SectionReader.HeadingIds();

        assertThat(ids.next("Notes")).isEqualTo("notes");
        assertThat(ids.next("Notes")).isEqualTo("notes-1");
        assertThat(ids.next("Notes")).isEqualTo("notes-2");
    }
}
