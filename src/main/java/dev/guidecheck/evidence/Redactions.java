package dev.guidecheck.evidence;

import dev.guidecheck.browser.InPage;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriver;

/**
 * Masks secrets on the page for the length of one capture, then puts the page back; and checks in the
 * pixels that each mask took. A masked value keeps what {@link CredentialMask} lets any output show of it
 * (at most its first three characters, none of a short value); the rest becomes a grey bar of the same
 * width, so nothing moves, or in a field, dots. Password inputs are left alone: the browser already shows
 * them as dots, and showing any character of a password would be worse.
 */
final class Redactions {

    /** The bar's colour; the pixel check looks for it. */
    static final Color BAR = new Color(0xC8, 0xC8, 0xC8);
    /** Share of a bar's inner pixels that must show the bar colour for the mask to count as seen. */
    static final double BAR_COVERAGE = 0.9;

    /**
     * A script function that puts the masks on and says where they are: {@code maskSecrets(elements, secrets,
     * shownByLength, colour)}, with the arguments {@link #arguments} gives. Each secret value comes with how
     * many of its leading UTF-16 units may stay ({@code shown}); a secret element's text keeps what
     * {@code shownByLength} says for its length in characters, not counting white space: both are
     * {@link CredentialMask}'s rule, computed in Java. A button's label inside a secret element (the Show
     * beside a hidden value) is not the secret and stays. {@link #RESTORE} takes the masks off.
     */
    static final String MASK = String.join("\n",
            "const maskSecrets = (elements, secrets, shownByLength, colour) => {",
            "const state = {texts: [], fields: []};",
            "window.__guidecheckMasks = state;",
            "const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TITLE']);",
            "const bars = [], fields = [];",
            "const isSpace = c => /\\s/.test(c);",
            "const characters = t => [...t].filter(c => !isSpace(c)).length;",
            "const shownFor = t => shownByLength[Math.min(characters(t), shownByLength.length - 1)];",
            "const longestFirst = secrets.filter(s => s.value.length > s.shown).sort((a, b) => b.value.length - a.value.length);",
            "const namesIn = t => secrets.filter(s => t.includes(s.value)).map(s => s.name);",
            "const what = (t, fallback) => { const n = namesIn(t); return n.length ? n.join(', ') : fallback; };",
            "const textNodes = root => {",
            "  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {acceptNode: n =>",
            "    n.parentElement && !SKIP.has(n.parentElement.tagName) && !n.parentElement.closest('[data-guidecheck-mask]')",
            "      ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT});",
            "  const nodes = []; while (walker.nextNode()) nodes.push(walker.currentNode); return nodes;",
            "};",
            "const bar = (node, from, to, name) => {",
            "  const text = node.nodeValue;",
            "  const range = document.createRange(); range.setStart(node, from); range.setEnd(node, to);",
            "  const width = range.getBoundingClientRect().width;",
            "  const span = document.createElement('span');",
            "  span.setAttribute('data-guidecheck-mask', '');",
            "  span.style.cssText = 'display:inline-block;margin:0;padding:0;border:0;vertical-align:-0.15em;height:1em;'",
            "    + 'width:' + width + 'px;background:' + colour + ';';",
            "  const before = document.createTextNode(text.slice(0, from)), after = document.createTextNode(text.slice(to));",
            "  node.replaceWith(before, span, after);",
            "  state.texts.push({original: node, parts: [before, span, after]});",
            "  bars.push([span, name]);",
            "  return after;",
            "};",
            "const maskField = (field, name) => {",
            "  if ((field.type || '').toLowerCase() === 'password' || state.fields.some(f => f.field === field)) return;",
            "  const value = field.value; if (!value) return;",
            "  const kept = [...value].slice(0, shownFor(value)).join('');",
            "  state.fields.push({field, value});",
            "  field.value = kept + '\\u2022'.repeat(Math.max(1, [...value].length - [...kept].length));",
            "  fields.push([field, name]);",
            "};",
            "for (const element of elements) {",
            "  if (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA') { maskField(element, what(element.value, 'a secret field')); continue; }",
            "  const inButton = n => { const b = n.parentElement.closest('button'); return b !== null && element.contains(b); };",
            "  const nodes = textNodes(element).filter(n => !inButton(n));",
            "  const all = nodes.map(n => n.nodeValue).join('');",
            "  const name = what(all, 'a secret field');",
            "  const shown = shownFor(all);",
            "  let seen = 0;",
            "  for (const node of nodes) {",
            "    const t = node.nodeValue; let from = 0;",
            "    while (from < t.length && seen < shown) {",
            "      const c = String.fromCodePoint(t.codePointAt(from));",
            "      if (!isSpace(c)) seen++;",
            "      from += c.length;",
            "    }",
            "    if (seen < shown) continue;",
            "    while (from < t.length && isSpace(t[from])) from++;",
            "    let to = t.length; while (to > from && isSpace(t[to - 1])) to--;",
            "    if (to > from) bar(node, from, to, name);",
            "  }",
            "}",
            "for (const node of textNodes(document.body)) {",
            "  let current = node;",
            "  while (current) {",
            "    let hit = null;",
            "    for (const s of longestFirst) { const i = current.nodeValue.indexOf(s.value); if (i >= 0 && (!hit || i < hit.i)) hit = {i, s}; }",
            "    if (!hit) break;",
            "    current = bar(current, hit.i + hit.s.shown, hit.i + hit.s.value.length, hit.s.name);",
            "  }",
            "}",
            "for (const field of document.querySelectorAll('input, textarea')) {",
            "  const names = namesIn(field.value); if (names.length) maskField(field, names.join(', '));",
            "}",
            "const rect = e => { const r = e.getBoundingClientRect(); return {x: r.left, y: r.top, width: r.width, height: r.height}; };",
            "const text = document.body.innerText;",
            "const values = [...document.querySelectorAll('input:not([type=password]), textarea')].map(f => f.value);",
            "return {",
            "  bars: bars.map(([e, name]) => Object.assign(rect(e), {what: name})),",
            "  fields: fields.map(([e, name]) => Object.assign(rect(e), {what: name})),",
            "  leaks: secrets.filter(s => text.includes(s.value) || values.some(v => v.includes(s.value))).map(s => s.name),",
            "  scrollX: window.scrollX, scrollY: window.scrollY};",
            "};");

    /** Statements that take off the masks {@link #MASK} put on, if any are on. */
    static final String RESTORE = String.join("\n",
            "if (window.__guidecheckMasks) {",
            "  const state = window.__guidecheckMasks;",
            "  for (let i = state.texts.length - 1; i >= 0; i--) {",
            "    const {original, parts} = state.texts[i];",
            "    parts[0].parentNode.insertBefore(original, parts[0]);",
            "    parts.forEach(p => p.remove());",
            "  }",
            "  state.fields.forEach(f => { f.field.value = f.value; });",
            "  delete window.__guidecheckMasks;",
            "}");

    /** One mask on the page, in CSS pixels of the viewport; a bar replaces text, a field had its value replaced. */
    record Mask(String what, boolean isBar, double x, double y, double width, double height) {
    }

    /** The masks put on the page, and the names of secrets still legible in its text afterwards. */
    record Applied(List<Mask> masks, List<String> leaks, double scrollX, double scrollY) {
    }

    private Redactions() {
    }

    /** {@link #MASK}'s arguments after the elements: the secrets with what each may show, the rule by length, the colour. */
    static List<Object> arguments(List<ShotSpec.Secret> secrets) {
        List<Map<String, Object>> values = new ArrayList<>();
        for (ShotSpec.Secret secret : secrets) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("name", secret.name());
            value.put("value", secret.value());
            int shown = CredentialMask.shownCharacters(secret.value().codePointCount(0, secret.value().length()));
            value.put("shown", secret.value().offsetByCodePoints(0, shown));
            values.add(value);
        }
        String colour = String.format("#%02x%02x%02x", BAR.getRed(), BAR.getGreen(), BAR.getBlue());
        return List.of(values, java.util.Arrays.stream(CredentialMask.shownByLength()).boxed().toList(), colour);
    }

    /** What {@link #MASK} returned, read. */
    static Applied applied(Map<?, ?> result) {
        List<Mask> masks = new ArrayList<>();
        for (Object bar : (List<?>) result.get("bars")) {
            masks.add(mask((Map<?, ?>) bar, true));
        }
        for (Object field : (List<?>) result.get("fields")) {
            masks.add(mask((Map<?, ?>) field, false));
        }
        List<String> leaks = ((List<?>) result.get("leaks")).stream().map(String::valueOf).distinct().toList();
        return new Applied(masks, leaks, number(result, "scrollX"), number(result, "scrollY"));
    }

    /** Puts back what {@link #MASK} masked, if anything is masked. */
    static void restore(WebDriver driver) {
        InPage.call(driver, "() => {\n" + RESTORE + "\n}", List.of());
    }

    /**
     * Whether a bar shows in the masked picture: at least {@link #BAR_COVERAGE} of its inside (its box less
     * the edge pixels, which antialiasing may blend) is the bar colour. The box is the secret's own width
     * and height: a bar that is covered, clipped or not drawn leaves the page's own pixels there (the
     * secret's characters, their background, whatever covers them), so it fails, with no unmasked capture
     * to compare with.
     * {@code box} is in the picture's pixels.
     */
    static boolean barShows(BufferedImage masked, Rectangle box) {
        long inner = 0;
        long barColoured = 0;
        for (int y = box.y + 1; y < box.y + box.height - 1; y++) {
            for (int x = box.x + 1; x < box.x + box.width - 1; x++) {
                inner++;
                if (isBarColour(masked.getRGB(x, y))) {
                    barColoured++;
                }
            }
        }
        return inner == 0 || barColoured >= BAR_COVERAGE * inner;
    }

    /**
     * Whether a masked field shows differently from the same field unmasked: its value became dots, which
     * have no colour of their own to look for. {@code box} is in both pictures' pixels.
     */
    static boolean fieldChanged(BufferedImage unmasked, BufferedImage masked, Rectangle box) {
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = box.x; x < box.x + box.width; x++) {
                if (masked.getRGB(x, y) != unmasked.getRGB(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isBarColour(int argb) {
        return Math.abs(((argb >> 16) & 0xFF) - BAR.getRed()) <= 2
                && Math.abs(((argb >> 8) & 0xFF) - BAR.getGreen()) <= 2
                && Math.abs((argb & 0xFF) - BAR.getBlue()) <= 2;
    }

    private static Mask mask(Map<?, ?> m, boolean isBar) {
        return new Mask(String.valueOf(m.get("what")), isBar, number(m, "x"), number(m, "y"), number(m, "width"),
                number(m, "height"));
    }

    private static double number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}
