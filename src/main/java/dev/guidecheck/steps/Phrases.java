package dev.guidecheck.steps;

import dev.guidecheck.guide.Link;
import dev.guidecheck.guide.Step;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every sentence shape a guide step may take, in one list: a new phrase goes here. Each phrase pulls
 * its labels from the sentence (bold text first, the plain words where the guide writes none) and
 * hands them to an {@link Actions} service; the page objects decide where those labels live.
 */
public final class Phrases {

    private final List<Phrase> phrases = List.of(
            Phrase.of("Log in to your account at [Infusionsoft](https://www.infusionsoft.com/).",
                    "(?:log|sign) in to (?:your|the) .+", (step, m) -> oneLink(step).map(Actions::signIn)),
            Phrase.of("Navigate to **Admin>Settings**.",
                    "navigate to (.+)", (step, m) -> menuPath(bold(step, m.group(1))).map(Actions::navigate)),
            Phrase.of("In Application Settings, click **Application**.",
                    "in (.+?), click (.+)", (step, m) -> Optional.of(Actions.clickIn(m.group(1), bold(step, m.group(2))))),
            Phrase.of("Click **Applications**, and then click **Edit**.",
                    "click (.+?),? and then click (.+)",
                    (step, m) -> Optional.of(Actions.clickInTurn(bold(step, m.group(1)), bold(step, m.group(2))))),
            Phrase.of("Click **Save**.",
                    "click (.+)", (step, m) -> Optional.of(Actions.click(bold(step, m.group(1))))),
            Phrase.of("Scroll down to the API section and record the **Encrypted Key**.",
                    "scroll down to the (.+?) section and (.+)",
                    (step, m) -> clause(step, m.group(2)).map(then -> Actions.inSection(m.group(1), then))),
            Phrase.of("Scroll down to **Register Callback URL** and record the **Callback URL** for your app.",
                    "scroll down to (.+?) and record the (.+?)(?: for .+)?",
                    (step, m) -> Optional.of(Actions.scrollToAndRecord(bold(step, m.group(1)), bold(step, m.group(2))))),
            Phrase.of("Record the **Encrypted Key** that Infusionsoft generate from your passphrase.",
                    "record the (.+?) that .+ generates?\\b.*",
                    (step, m) -> Optional.of(Actions.record(bold(step, m.group(1))))),
            Phrase.of("Record the **client_id** and **client_secret**.",
                    "record the (.+?) and (?:the )?(.+)",
                    (step, m) -> Optional.of(Actions.record(bold(step, m.group(1)), bold(step, m.group(2))))),
            Phrase.of("Record the **Encrypted Key**.",
                    "record the (.+?)(?: for .+)?", (step, m) -> Optional.of(Actions.record(bold(step, m.group(1))))),
            Phrase.of("Enter a password in **API Passphrase**.",
                    "enter a (?:password|passphrase) in (?:the )?(.+)",
                    (step, m) -> Optional.of(Actions.enterPassphrase(bold(step, m.group(1))))),
            Phrase.of("Enter the OAuth callback URL of your application in Register Callback URL.",
                    "enter the (?:oauth )?callback url of your application in (?:the )?(.+)",
                    (step, m) -> Optional.of(Actions.enterCallbackUrl(bold(step, m.group(1))))),
            Phrase.of("Complete the required information.",
                    "complete (?:all )?the required (?:information|fields)",
                    (step, m) -> Optional.of(Actions.completeRequiredInformation())));

    /** The action the step's sentence stands for, or empty when no phrase understands it. */
    public Optional<StepAction> bind(Step step) {
        String sentence = sentence(step.text());
        for (Phrase phrase : phrases) {
            Optional<StepAction> action = phrase.bind(step, sentence);
            if (action.isPresent()) {
                return action;
            }
        }
        return Optional.empty();
    }

    /** The phrases, for documentation and tests. */
    public List<Phrase> all() {
        return phrases;
    }

    /** A clause after "Scroll down to the X section and ...": itself a sentence of its own. */
    private Optional<StepAction> clause(Step step, String clause) {
        String sentence = sentence(clause);
        for (Phrase phrase : phrases) {
            Optional<StepAction> action = phrase.bind(step, sentence);
            if (action.isPresent()) {
                return action;
            }
        }
        return Optional.empty();
    }

    /** The step text without its closing full stop and with single spaces. */
    static String sentence(String text) {
        String s = text.trim().replaceAll("\\s+", " ");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * The label a phrase captured: the step's bold text when the captured words are bold in the guide
     * (exactly as written there), otherwise the captured words themselves.
     */
    static String bold(Step step, String captured) {
        String words = captured.trim();
        for (String b : step.bold()) {
            if (b.trim().equalsIgnoreCase(words)) {
                return b.trim();
            }
        }
        return words;
    }

    private static Optional<Link> oneLink(Step step) {
        return step.links().size() == 1 ? Optional.of(step.links().get(0)) : Optional.empty();
    }

    /** "Admin>Settings" (or "Admin > Settings") as its parts; a path needs at least two. */
    private static Optional<List<String>> menuPath(String label) {
        List<String> parts = Arrays.stream(label.split(">")).map(String::trim).filter(p -> !p.isEmpty()).toList();
        return parts.size() >= 2 ? Optional.of(parts) : Optional.empty();
    }

    /** Used by {@link ProcedureReplay}: a one-line message for a sentence no phrase understands. */
    static String unbound(Step step) {
        return "no binding for step " + step.position() + " (" + step.source() + "): \"" + step.text() + "\"";
    }
}
