package dev.guidecheck.lint;

/**
 * How much a lint finding matters: an error breaks the published page or its replay, a warning misleads
 * readers, an info is worth knowing but asks nothing of the author (an image on another site, a sentence
 * of a procedure the check does not replay).
 */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
