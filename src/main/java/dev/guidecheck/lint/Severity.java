package dev.guidecheck.lint;

/** How much a lint finding matters: an error breaks the published page or its replay, a warning misleads readers. */
public enum Severity {
    ERROR,
    WARNING
}
