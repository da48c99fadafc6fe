package dev.guidecheck.evidence;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Whether the page held still while it was captured, asked of the page rather than proven by a second
 * capture. Every document already adopts {@code BrowserOptions.STILL_CSS}, which stops CSS animations,
 * transitions and the caret; what can still change the pixels is a script changing the page, or something
 * that moves by itself (a Web Animation, a video, a canvas, a frame, an animated GIF). {@link #WATCH} starts
 * recording the page's changes once it is ready to be captured; {@link #CHANGED}, after the capture, says
 * whether anything changed or could have moved. When it says so, the capture is not trusted, and captures
 * are taken until two in a row agree.
 */
final class Stillness {

    /** Statements: from now on, count every change to the document (an earlier watch is stopped). */
    static final String WATCH = String.join(" ",
            "if (window.__guidecheckStill) window.__guidecheckStill.observer.disconnect();",
            "window.__guidecheckStill = (() => { const s = {changes: 0};",
            "  s.observer = new MutationObserver(records => { s.changes += records.length; });",
            "  s.observer.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});",
            "  return s; })();");

    /** An expression: whether the document changed since {@link #WATCH}, or holds something that moves; stops watching. */
    static final String CHANGED = String.join(" ",
            "(() => { const s = window.__guidecheckStill; if (!s) return true;",
            "  s.changes += s.observer.takeRecords().length; s.observer.disconnect(); delete window.__guidecheckStill;",
            "  const moving = document.getAnimations().some(a => a.playState === 'running')",
            "    || document.querySelector('video, canvas, iframe, frame') !== null",
            "    || [...document.images].some(i => /^data:image\\/gif|\\.gif([?#]|$)/i.test(i.currentSrc));",
            "  return s.changes > 0 || moving; })()");

    private Stillness() {
    }

    /** {@link #CHANGED}, asked of the page the driver shows. */
    static boolean changed(WebDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return " + CHANGED + ";"));
    }
}
