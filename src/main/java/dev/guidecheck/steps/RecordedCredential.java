package dev.guidecheck.steps;

import dev.guidecheck.evidence.CredentialMask;
import dev.guidecheck.guide.Step;

/**
 * A credential value a step recorded. The value stays in memory for the checks; everything that
 * leaves the process uses {@link #masked()}.
 */
public record RecordedCredential(String name, String value, Step step) {

    public String masked() {
        return CredentialMask.mask(value);
    }

    @Override
    public String toString() {
        return "RecordedCredential[" + name + "=" + masked() + " at " + step.source() + "]";
    }
}
