package dev.guidecheck.evidence;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The picture attached where a screenshot was withheld: a plain panel that says, in words, which picture
 * is missing and why, so a reader of the report never meets an unmasked picture nor a silent gap.
 */
public final class Placeholder {

    static final int WIDTH = 720;
    private static final int MARGIN = 24;
    private static final Color BACKGROUND = new Color(0xF5, 0xF5, 0xF5);
    private static final Color BORDER = new Color(0x99, 0x99, 0x99);
    private static final Color INK = new Color(0x22, 0x22, 0x22);

    private Placeholder() {
    }

    /**
     * A panel with {@code heading} in bold and {@code why} below it, wrapped to the panel's width. Neither may
     * hold a secret: they are drawn as given.
     */
    public static BufferedImage of(String heading, String why) {
        Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 18);
        Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
        // Measure on a scratch image: the panel's height depends on how many lines the reason takes.
        Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        List<String> lines = wrap(why, scratch.getFontMetrics(plain), WIDTH - 2 * MARGIN);
        int headingHeight = scratch.getFontMetrics(bold).getHeight();
        int lineHeight = scratch.getFontMetrics(plain).getHeight();
        scratch.dispose();

        int height = 2 * MARGIN + headingHeight + 8 + lines.size() * lineHeight;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, WIDTH, height);
            g.setColor(BORDER);
            g.drawRect(0, 0, WIDTH - 1, height - 1);
            g.setColor(INK);
            g.setFont(bold);
            int y = MARGIN + g.getFontMetrics().getAscent();
            g.drawString(heading, MARGIN, y);
            g.setFont(plain);
            y += g.getFontMetrics(bold).getDescent() + 8;
            for (String line : lines) {
                y += lineHeight;
                g.drawString(line, MARGIN, y - g.getFontMetrics().getDescent());
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The PNG of {@link #of}. */
    public static byte[] png(String heading, String why) {
        return Png.encodeCompact(of(heading, why));
    }

    /** Words greedily fitted to lines no wider than {@code width}; a word wider than a line gets one of its own. */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && metrics.stringWidth(candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
