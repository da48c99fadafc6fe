package dev.guidecheck.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The house style's red boxes, drawn on the picture (never on the page): the same colour, weight and gap
 * on every image, with whole-pixel edges and no anti-aliasing, so the same boxes give the same bytes.
 */
public final class Highlights {

    /** The red of the guide's 2017 screenshots (Bootstrap's "danger" red). */
    public static final Color COLOUR = new Color(0xD9, 0x53, 0x4F);
    /** Line width in image pixels. */
    public static final int STROKE = 3;
    /**
     * How far the outside of the line lies beyond the boxed element's edge: the line straddles the edge
     * (two pixels out, one in), so it falls in the space between table rows and does not cut the text of
     * the rows next to a boxed row.
     */
    public static final int OUTSET = 2;
    /** Sideways there is no neighbouring row, and labels start at a row's edge: more room. */
    public static final int OUTSET_SIDEWAYS = 5;

    private Highlights() {
    }

    /**
     * Draws a box around each rectangle (image pixels), its outside {@link #OUTSET} above and below the
     * rectangle and {@link #OUTSET_SIDEWAYS} beside it; a
     * box that would leave the picture is moved inside its edge, so all of every box shows.
     */
    public static void draw(BufferedImage image, List<Rectangle> around) {
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(COLOUR);
            for (Rectangle r : around) {
                int left = clamp(r.x - OUTSET_SIDEWAYS, image.getWidth() - STROKE);
                int top = clamp(r.y - OUTSET, image.getHeight() - STROKE);
                int right = clamp(r.x + r.width + OUTSET_SIDEWAYS, image.getWidth()); // exclusive
                int bottom = clamp(r.y + r.height + OUTSET, image.getHeight());
                if (right - left < 2 * STROKE || bottom - top < 2 * STROKE) {
                    continue; // nothing of it is in the picture
                }
                g.fillRect(left, top, right - left, STROKE);
                g.fillRect(left, bottom - STROKE, right - left, STROKE);
                g.fillRect(left, top, STROKE, bottom - top);
                g.fillRect(right - STROKE, top, STROKE, bottom - top);
            }
        } finally {
            g.dispose();
        }
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}
