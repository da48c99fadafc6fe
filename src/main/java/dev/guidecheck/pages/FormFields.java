package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The labelled fields inside one region of a page: {@code <label for>} pairs and table rows whose
 * header cell names the value cell. Structure lives here; the labels come from the guide. One script
 * reads every field of the region at once: its label, its control and the value it shows.
 */
final class FormFields {

    /**
     * One labelled field as the page showed it when read.
     *
     * @param label    the label as shown
     * @param control  the control (input, textarea, select) or, for a value the page shows, the value cell
     * @param required whether the control is required, or its label ends in '*'
     * @param tag      the control's tag name, lower case
     * @param type     the control's type attribute, or null
     * @param id       the control's id attribute, or null
     * @param value    what the field holds: an input's value, a select's chosen option, or the value cell's text
     *                 less its buttons; null for a select with nothing chosen
     * @param beside   the buttons in the field's table cell ("Show" beside a hidden secret)
     */
    record Field(String label, PageElement control, boolean required, String tag, String type, String id, String value,
                 List<Candidate> beside) {

        boolean isControl() {
            return tag.equals("input") || tag.equals("textarea") || tag.equals("select");
        }

        public String value() {
            if (value == null) {
                throw new NoSuchElementException("no option is selected in " + label);
            }
            return value;
        }
    }

    private static final String BUTTONS = "button, [role=button], input[type=submit], input[type=button]";

    private static final String READ_FIELDS = String.join("\n",
            "const [scope, buttons] = arguments;",
            "const field = (label, control) => {",
            "  const tag = control.tagName.toLowerCase();",
            "  const cell = control.closest('td');",
            "  let value, cellButtons = [];",
            "  if (tag === 'select') {",
            "    value = control.selectedOptions.length ? textOf(control.selectedOptions[0]) : null;",
            "  } else if (tag === 'input' || tag === 'textarea') {",
            "    value = control.value;",
            "  } else {",
            "    value = textOf(control);",
            "    cellButtons = Array.from(control.querySelectorAll(buttons), textOf);",
            "  }",
            "  return {label: label, control: control, tag: tag, type: control.getAttribute('type'),",
            "    id: control.getAttribute('id'), requiredAttribute: control.getAttribute('required') !== null,",
            "    value: value, cellButtons: cellButtons,",
            "    beside: cell ? Array.from(cell.querySelectorAll(buttons), describe) : []};",
            "};",
            "const fields = [];",
            "for (const root of find(scope)) {",
            "  for (const element of find({using: 'xpath', value: './/label | .//tr[th and td]'}, root)) {",
            "    if (element.tagName.toLowerCase() === 'label') {",
            "      const forId = element.getAttribute('for');",
            "      const control = (forId ? root.querySelector('#' + CSS.escape(forId)) : null)",
            "          || element.querySelector('input, textarea, select');",
            "      if (control) { fields.push(field(textOf(element), control)); }",
            "      continue;",
            "    }",
            "    const header = element.querySelector('th');",
            "    if (header.querySelector('label')) { continue; }",
            "    const cell = element.querySelector('td');",
            "    fields.push(field(textOf(header), cell.querySelector('input:not([type=hidden]), textarea, select') || cell));",
            "  }",
            "}",
            "return fields;");

    private final WebDriver driver;
    private final By scope;
    private final String where;

    FormFields(WebDriver driver, By scope, String where) {
        this.driver = driver;
        this.scope = scope;
        this.where = where;
    }

    /** Every field of the region, in the order the page shows them, read in one script. */
    List<Field> all() {
        List<Field> fields = new ArrayList<>();
        for (Object o : (List<?>) PageScript.run(driver, READ_FIELDS, PageScript.locator(scope), BUTTONS)) {
            Map<?, ?> m = (Map<?, ?>) o;
            String labelText = (String) m.get("label");
            String tag = (String) m.get("tag");
            String value = (String) m.get("value");
            if (value != null && tag.equals("select")) {
                value = value.trim();
            } else if (value != null && !tag.equals("input") && !tag.equals("textarea")) {
                // a value cell may hold a button beside the value (Show): the value is the rest of the text
                for (Object button : (List<?>) m.get("cellButtons")) {
                    value = value.replace((String) button, "");
                }
                value = value.trim();
            }
            fields.add(new Field(Labels.display(labelText), (PageElement) m.get("control"),
                    Boolean.TRUE.equals(m.get("requiredAttribute")) || labelText.trim().endsWith("*"),
                    tag, (String) m.get("type"), (String) m.get("id"), value, Candidate.all(m.get("beside"))));
        }
        return fields;
    }

    List<String> labels() {
        return labels(all());
    }

    private static List<String> labels(List<Field> fields) {
        return fields.stream().map(Field::label).filter(l -> !l.isEmpty()).distinct().toList();
    }

    Field find(String label) {
        List<Field> fields = all();
        return fields.stream().filter(f -> Labels.same(f.label(), label)).findFirst()
                .orElseThrow(() -> new LabelNotFoundException(label, where, labels(fields)));
    }

    String read(String label) {
        return find(label).value();
    }

    /** The buttons in the labelled field's value cell ("Show" beside a hidden secret), by their names. */
    List<String> buttonsBeside(String label) {
        return Find.texts(find(label).beside());
    }

    void enter(String label, String value) {
        List<Field> fields = all();
        Field field = fields.stream().filter(f -> Labels.same(f.label(), label)).findFirst()
                .orElseThrow(() -> new LabelNotFoundException(label, where, labels(fields)));
        if (!field.isControl()) {
            throw new LabelNotFoundException(label, "the fields you can type into in " + where,
                    fields.stream().filter(Field::isControl).map(Field::label).toList());
        }
        PageElement control = field.control();
        if (field.tag().equals("select")) {
            Find.scrollIntoView(driver, control);
            new Select(control.webElement()).selectByVisibleText(value);
            return;
        }
        Typing.into(driver, List.of(control), List.of(field.label()), List.of(value));
    }

    void scrollTo(String label) {
        Find.scrollIntoView(driver, find(label).control());
    }

    /** Fills every required, empty, typeable field with a plausible value chosen from its label and type. */
    void completeRequired() {
        List<PageElement> controls = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Field field : all()) {
            if (field.required() && field.isControl() && field.value().isBlank() && !field.tag().equals("select")) {
                controls.add(field.control());
                labels.add(field.label());
                values.add(plausibleValue(field));
            }
        }
        if (!controls.isEmpty()) {
            Typing.into(driver, controls, labels, values);
        }
    }

    private static String plausibleValue(Field field) {
        String label = Labels.normalise(field.label());
        String type = Optional.ofNullable(field.type()).orElse("").toLowerCase(Locale.ROOT);
        if (type.equals("url") || label.contains("url") || label.contains("web site") || label.contains("website")) {
            return "https://example.com/";
        }
        if (type.equals("email") || label.contains("email")) {
            return "developer@example.com";
        }
        if (label.contains("name")) {
            return "Awesome Docs app";
        }
        return "Awesome Docs";
    }
}
