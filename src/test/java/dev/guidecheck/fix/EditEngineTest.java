package dev.guidecheck.fix;

import org.testng.annotations.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The edit engine on small texts: what a fix changes, and everything it must leave as the author wrote it. */
public class EditEngineTest {

    @Test
    public void aRenameKeepsTheBoldAndTheWordsAroundIt() {
        SourceFile f = new SourceFile("a.md", "intro\n4. Click **Applications**, and then click **Edit**.\n");
        assertThat(new Edit.Replace("a.md", 2, "**Applications**", "**Apps**").applyTo(f)).isTrue();
        assertThat(f.editedText()).isEqualTo("intro\n4. Click **Apps**, and then click **Edit**.\n");
    }

    @Test
    public void aReplaceOfWordsTheLineNoLongerHoldsChangesNothing() {
        SourceFile f = new SourceFile("a.md", "3. In Application Settings, click **Application**.\n");
        assertThat(new Edit.Replace("a.md", 1, "**Applications**", "**General**").applyTo(f)).isFalse();
        assertThat(f.edited()).isFalse();
    }

    @Test
    public void anInsertedStepRenumbersAListNumberedInOrder() {
        SourceFile f = new SourceFile("a.md", "To do it:\n\n1. Sign in.\n2. Record the **client_id**.\n![x](/x.png)\n3. Done.\n\nAfter.\n");
        new Edit.InsertItem("a.md", 4, "2. Click **Show**.", List.of(3, 4, 6)).applyTo(f);
        assertThat(f.editedText()).isEqualTo(
                "To do it:\n\n1. Sign in.\n2. Click **Show**.\n3. Record the **client_id**.\n![x](/x.png)\n4. Done.\n\nAfter.\n");
    }

    @Test
    public void anInsertedStepKeepsOneNumberForEveryItemWhenTheAuthorWritesOne() {
        SourceFile f = new SourceFile("a.md", "1. Sign in.\n1. Record the **client_id**.\n1. Done.\n");
        new Edit.InsertItem("a.md", 2, "1. Click **Show**.", List.of(1, 2, 3)).applyTo(f);
        assertThat(f.editedText()).isEqualTo("1. Sign in.\n1. Click **Show**.\n1. Record the **client_id**.\n1. Done.\n");
    }

    @Test
    public void anInsertedStepRenumbersAListWrittenOutOfOrderAsReadersSeeIt() {
        SourceFile f = new SourceFile("a.md", "1. Sign in.\n3. Record.\n4. Click.\n3. Scroll.\n");
        new Edit.InsertItem("a.md", 2, "3. Click **Show**.", List.of(1, 2, 3, 4)).applyTo(f);
        assertThat(f.editedText()).isEqualTo("1. Sign in.\n2. Click **Show**.\n3. Record.\n4. Click.\n5. Scroll.\n");
    }

    @Test
    public void aFrontMatterEditKeepsTheKeyTheSpacingAndTheComment() {
        SourceFile f = new SourceFile("p.md", "---\ntitle: Setup\napiKey: client_id #In OAuth2 this is what the provider calls the apiKey\n"
                + "callbackURL: Callback URL  #In OAuth2 the callback\n---\n\nText\n");
        Edit.Replace edit = FrontMatterEdits.set(f, "apiKey", "Client ID").orElseThrow();
        assertThat(edit.applyTo(f)).isTrue();
        Edit.Replace callback = FrontMatterEdits.set(f, "callbackURL", "Redirect URL").orElseThrow();
        assertThat(callback.applyTo(f)).isTrue();
        assertThat(f.editedText()).isEqualTo("---\ntitle: Setup\napiKey: Client ID #In OAuth2 this is what the provider calls the apiKey\n"
                + "callbackURL: Redirect URL  #In OAuth2 the callback\n---\n\nText\n");
        assertThat(FrontMatterEdits.value(f, "apiKey")).contains("client_id"); // the value as read, the comment not part of it
    }

    @Test
    public void aFrontMatterValueKeepsItsQuotesAndIsQuotedWhenYamlWouldReadItOtherwise() {
        SourceFile f = new SourceFile("p.md", "---\na: 'one'\nb: two\n---\n");
        FrontMatterEdits.set(f, "a", "it's").orElseThrow().applyTo(f);
        FrontMatterEdits.set(f, "b", "Key: secret").orElseThrow().applyTo(f);
        assertThat(f.editedText()).isEqualTo("---\na: 'it''s'\nb: \"Key: secret\"\n---\n");
    }

    @Test
    public void theDiffIsUnifiedWithContextAndLineCountsGitTakes() {
        SourceFile f = new SourceFile("docs/a.md", "1\n2\n3\n4\n5\n6\n7\n8. Record.\n9\n");
        new Edit.InsertItem("docs/a.md", 8, "8. Click **Show**.", List.of(8)).applyTo(f);
        assertThat(UnifiedDiff.of(f, "")).isEqualTo("diff --git a/docs/a.md b/docs/a.md\n--- a/docs/a.md\n+++ b/docs/a.md\n"
                + "@@ -5,5 +5,6 @@\n 5\n 6\n 7\n-8. Record.\n+1. Click **Show**.\n+2. Record.\n 9\n");
    }

    @Test
    public void aFileWithoutAFinalLineBreakSaysSoInTheDiff() {
        SourceFile f = new SourceFile("a.md", "x\n[a] (http://e.com)");
        new Edit.Replace("a.md", 2, "[a] (http://e.com)", "[a](http://e.com)").applyTo(f);
        assertThat(UnifiedDiff.of(f, "")).endsWith("@@ -1,2 +1,2 @@\n x\n-[a] (http://e.com)\n\\ No newline at end of file\n"
                + "+[a](http://e.com)\n\\ No newline at end of file\n");
        assertThat(f.editedText()).isEqualTo("x\n[a](http://e.com)");
    }

    @Test
    public void aChangeShowsTheNewTextOfEveryLineItTouches() {
        SourceFile f = new SourceFile("a.md", "1. A.\n3. B.\n4. C.\n");
        new Edit.InsertItem("a.md", 2, "3. New.", List.of(1, 2, 3)).applyTo(f);
        assertThat(FixPlanner.changes(f)).containsExactly(new Change("a.md", 2, 2, "3. B.", "2. New.\n3. B."));
    }
}
