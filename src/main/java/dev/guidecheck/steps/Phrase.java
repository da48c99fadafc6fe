package dev.guidecheck.steps;

import dev.guidecheck.guide.Step;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way a guide sentence is written, and the action it stands for. The pattern is matched against
 * the step's rendered text, whole and case-insensitively; labels come from the match and the step's
 * bold text, never from the phrase.
 */
public record Phrase(String example, Pattern pattern, BiFunction<Step, Matcher, Optional<StepAction>> action) {

    public static Phrase of(String example, String regex, BiFunction<Step, Matcher, Optional<StepAction>> action) {
        return new Phrase(example, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), action);
    }

    /** The action for a sentence, when this phrase understands it. */
    public Optional<StepAction> bind(Step step, String sentence) {
        Matcher matcher = pattern.matcher(sentence);
        return matcher.matches() ? action.apply(step, matcher) : Optional.empty();
    }
}
