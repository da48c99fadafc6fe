package dev.guidecheck.pages;

import org.openqa.selenium.By;

import java.util.List;

/** A page, or a part of one, that the browser shows and a guide step can name. */
public interface Screen {

    /** Human words for messages: "Application Settings", "the app menu", "My API Keys". */
    String name();

    /** The region a guide screenshot of this screen shows. */
    By captureRegion();

    /** The clickable and field labels a guide could name here, for "did you mean" suggestions. */
    List<String> visibleLabels();

    /** Elements whose content is a secret and must be masked in any evidence taken of this screen. */
    default List<By> secretFields() {
        return List.of();
    }

    /**
     * What a guide screenshot of this screen shows, boxes and masks: by default the capture region, nothing
     * boxed, the secret fields masked. A page object whose screenshot boxes something declares it here.
     */
    default CaptureSpec capture() {
        return new CaptureSpec(List.of(captureRegion()), List.of(), secretFields());
    }
}
