package dev.guidecheck.verify;

import dev.guidecheck.guide.CredentialRow;
import dev.guidecheck.steps.RecordedCredential;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether one recorded credential works: what was tried with it and what the provider answered. The value
 * itself never leaves the process: reports use {@link #masked()}.
 *
 * @param check  what was tried ("OAuth 2.0 token exchange", "XML-RPC DataService.echo")
 * @param answer the provider's answer in its own words (an OAuth error, an XML-RPC fault), or why nothing was tried
 */
public record CredentialVerdict(CredentialRow row, Optional<RecordedCredential> recorded, Status status, String check,
                                String answer) {

    /** How a credential fared. */
    public enum Status {
        /** The provider accepted it. */
        WORKS,
        /** The provider refused it: the guide led the reader to a value that does not work. */
        REFUSED,
        /** Not tried, and why (not recorded, the flow stopped before it, live mode without the switch). */
        NOT_CHECKED,
        /** The check could not be made (the provider did not answer, or answered nonsense): not the guide's fault. */
        BROKEN;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public String masked() {
        return recorded.map(RecordedCredential::masked).orElse(null);
    }

    /** Where the value was recorded: the step's file:line, or the credential table's row when none recorded it. */
    public String recordedAt() {
        return recorded.map(r -> r.step().source().toString()).orElse(row.source().toString());
    }

    /** One line for the console, Allure and the summary: "client_secret `abc…` refused: token endpoint: ...". */
    public String line() {
        return row.name() + (recorded.isPresent() ? " " + masked() : "") + " " + status.id().replace('-', ' ')
                + " (" + check + ": " + answer + ")";
    }

    /** The finding's message for a refused credential: the credential, the step that recorded it, the provider's answer. */
    public String message() {
        String where = recorded.map(r -> " recorded at " + r.step().source() + " by step " + r.step().position()
                + " \"" + r.step().text() + "\"").orElse("");
        return "the " + row.name() + where + " does not work: " + check + " answered " + answer;
    }
}
