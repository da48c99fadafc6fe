package dev.guidecheck.steps;

import dev.guidecheck.pages.Clickable;
import dev.guidecheck.pages.Fillable;
import dev.guidecheck.pages.LabelNotFoundException;
import dev.guidecheck.pages.Readable;
import dev.guidecheck.pages.Screen;
import dev.guidecheck.pages.Scrollable;
import dev.guidecheck.pages.Sectioned;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A screen that does what it is told and writes it down, so bindings can be tested without a browser. */
final class FakeScreen implements Screen, Clickable, Readable, Sectioned, Scrollable, Fillable {

    final List<String> calls;
    private final String name;
    private final Map<String, String> fields;

    FakeScreen(String name, Map<String, String> fields) {
        this(name, fields, new ArrayList<>());
    }

    private FakeScreen(String name, Map<String, String> fields, List<String> calls) {
        this.name = name;
        this.fields = fields;
        this.calls = calls;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public By captureRegion() {
        return By.tagName("body");
    }

    @Override
    public List<String> visibleLabels() {
        return List.copyOf(fields.keySet());
    }

    @Override
    public Screen click(String label) {
        if (label.equals("Nowhere")) {
            throw new LabelNotFoundException(label, "the buttons of " + name, List.of("Save", "Cancel"));
        }
        calls.add("click " + label);
        return this;
    }

    @Override
    public String read(String fieldLabel) {
        calls.add("read " + fieldLabel);
        return fields.get(fieldLabel);
    }

    @Override
    public Screen section(String sectionName) {
        calls.add("section " + sectionName);
        return this;
    }

    @Override
    public Screen scrollTo(String label) {
        calls.add("scrollTo " + label);
        return this;
    }

    @Override
    public Screen enter(String fieldLabel, String value) {
        calls.add("enter " + fieldLabel + "=" + value);
        return this;
    }

    @Override
    public Screen completeRequiredInformation() {
        calls.add("completeRequiredInformation");
        return this;
    }
}
