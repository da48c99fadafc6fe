package dev.guidecheck.guide;

import java.util.List;
import java.util.Optional;

/** The table that tells the reader which provider value goes into which parameter; empty when a page has none. */
public record CredentialTable(List<CredentialRow> rows) {

    public CredentialTable {
        rows = List.copyOf(rows);
    }

    public static CredentialTable none() {
        return new CredentialTable(List.of());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The row for a value as the provider names it ("client_id"). */
    public Optional<CredentialRow> row(String name) {
        return rows.stream().filter(row -> row.name().equals(name)).findFirst();
    }
}
