package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The labelled fields inside one region of a page: {@code <label for>} pairs and table rows whose
 * header cell names the value cell. Structure lives here; the labels come from the guide.
 */
final class FormFields {

    /** One labelled field: the label as shown, and the control (input, textarea, select) or value cell. */
    record Field(String label, WebElement control, boolean required) {

        boolean isControl() {
            String tag = control.getTagName().toLowerCase(Locale.ROOT);
            return tag.equals("input") || tag.equals("textarea") || tag.equals("select");
        }

        String value() {
            String tag = control.getTagName().toLowerCase(Locale.ROOT);
            if (tag.equals("select")) {
                return new Select(control).getFirstSelectedOption().getText().trim();
            }
            if (tag.equals("input") || tag.equals("textarea")) {
                String value = control.getDomProperty("value");
                return value == null ? "" : value;
            }
            // a value cell may hold a button beside the value (Show): the value is the rest of the text
            String text = control.getText();
            for (WebElement button : control.findElements(BUTTONS)) {
                text = text.replace(button.getText(), "");
            }
            return text.trim();
        }
    }

    private static final By BUTTONS = By.cssSelector("button, [role=button], input[type=submit], input[type=button]");

    private final WebDriver driver;
    private final By scope;
    private final String where;

    FormFields(WebDriver driver, By scope, String where) {
        this.driver = driver;
        this.scope = scope;
        this.where = where;
    }

    List<Field> all() {
        List<Field> fields = new ArrayList<>();
        for (WebElement root : driver.findElements(scope)) {
            // one XPath union, so the fields come in the order the page shows them
            for (WebElement element : root.findElements(By.xpath(".//label | .//tr[th and td]"))) {
                if (element.getTagName().equalsIgnoreCase("label")) {
                    control(root, element).ifPresent(control -> fields.add(new Field(Labels.display(element.getText()), control,
                            isRequired(control, element.getText()))));
                    continue;
                }
                WebElement header = element.findElement(By.tagName("th"));
                if (!header.findElements(By.tagName("label")).isEmpty()) {
                    continue;
                }
                WebElement cell = element.findElement(By.tagName("td"));
                List<WebElement> controls = cell.findElements(By.cssSelector("input:not([type=hidden]), textarea, select"));
                WebElement control = controls.isEmpty() ? cell : controls.get(0);
                fields.add(new Field(Labels.display(header.getText()), control, isRequired(control, header.getText())));
            }
        }
        return fields;
    }

    List<String> labels() {
        return all().stream().map(Field::label).filter(l -> !l.isEmpty()).distinct().toList();
    }

    Field find(String label) {
        List<Field> fields = all();
        return fields.stream().filter(f -> Labels.same(f.label(), label)).findFirst()
                .orElseThrow(() -> new LabelNotFoundException(label, where,
                        fields.stream().map(Field::label).filter(l -> !l.isEmpty()).distinct().toList()));
    }

    String read(String label) {
        return find(label).value();
    }

    /** The buttons in the labelled field's value cell ("Show" beside a hidden secret), by their names. */
    List<String> buttonsBeside(String label) {
        WebElement control = find(label).control();
        List<WebElement> cells = control.findElements(By.xpath("ancestor-or-self::td[1]"));
        return cells.isEmpty() ? List.of() : Find.texts(cells.get(0).findElements(BUTTONS));
    }

    void enter(String label, String value) {
        Field field = find(label);
        if (!field.isControl()) {
            throw new LabelNotFoundException(label, "the fields you can type into in " + where,
                    all().stream().filter(Field::isControl).map(Field::label).toList());
        }
        WebElement control = field.control();
        Find.scrollIntoView(driver, control);
        if (control.getTagName().equalsIgnoreCase("select")) {
            new Select(control).selectByVisibleText(value);
            return;
        }
        control.clear();
        control.sendKeys(value);
    }

    void scrollTo(String label) {
        Find.scrollIntoView(driver, find(label).control());
    }

    /** Fills every required, empty, typeable field with a plausible value chosen from its label and type. */
    void completeRequired() {
        for (Field field : all()) {
            if (field.required() && field.isControl() && field.value().isBlank()
                    && !field.control().getTagName().equalsIgnoreCase("select")) {
                Find.scrollIntoView(driver, field.control());
                field.control().clear();
                field.control().sendKeys(plausibleValue(field));
            }
        }
    }

    private static String plausibleValue(Field field) {
        String label = Labels.normalise(field.label());
        String type = Optional.ofNullable(field.control().getDomAttribute("type")).orElse("").toLowerCase(Locale.ROOT);
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

    private Optional<WebElement> control(WebElement root, WebElement label) {
        String forId = label.getDomAttribute("for");
        if (forId != null && !forId.isEmpty()) {
            List<WebElement> byId = root.findElements(By.id(forId));
            if (!byId.isEmpty()) {
                return Optional.of(byId.get(0));
            }
        }
        List<WebElement> nested = label.findElements(By.cssSelector("input, textarea, select"));
        return nested.isEmpty() ? Optional.empty() : Optional.of(nested.get(0));
    }

    private static boolean isRequired(WebElement control, String labelText) {
        return control.getDomAttribute("required") != null || labelText.trim().endsWith("*");
    }
}
