package nl.homerun.newbusiness;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import nl.homerun.newbusiness.Tournament.Entry;
import nl.homerun.newbusiness.Tournament.Status;

/**
 * The tournament as a bracket (Java2D, headless): a column per round, from the round the list started in to the XXL
 * account, each with the suspects that played it, spread over the height as a knock-out schedule narrows. Who went on
 * is green, who went out to the kweekvijver grey and struck through with the day, who is still in the round under way
 * plain; that round's column is highlighted. Rounds to come show their empty places.
 */
final class BracketImage {

    static final int WIDTH = 1400;
    static final int HEIGHT = 1100;
    private static final int TOP = 90;
    private static final int BOTTOM = 50;
    private static final int MARGIN = 16;

    private static final Color CURRENT = new Color(255, 244, 204);
    private static final Color WENT_ON = new Color(46, 125, 50);
    private static final Color OUT = new Color(150, 150, 150);
    private static final Color IN = new Color(33, 33, 33);
    private static final Color WON = new Color(191, 144, 0);
    private static final Color SLOT = new Color(225, 225, 225);

    /** The words the picture needs, in the user's language. */
    record Labels(String title, List<String> rounds, List<String> dates, String xxl, String legend) {
    }

    private BracketImage() {
    }

    static byte[] png(Tournament t, Labels labels) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            draw(g, t, labels);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void draw(Graphics2D g, Tournament t, Labels labels) {
        int first = first(t);
        int columns = Stage.LAST - first + 2; // the rounds and the XXL account
        int width = (WIDTH - 2 * MARGIN) / columns;
        g.setColor(IN);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        g.drawString(labels.title(), MARGIN, 34);
        int height = HEIGHT - TOP - BOTTOM;
        for (int c = 0; c < columns; c++) {
            int round = first + c;
            int x = MARGIN + c * width;
            boolean xxl = round > Stage.LAST;
            boolean current = t.status() == Status.PLAYING && round == t.round();
            if (current) {
                g.setColor(CURRENT);
                g.fillRoundRect(x + 2, TOP - 34, width - 4, height + 40, 12, 12);
            }
            g.setColor(IN);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString(fit(g, xxl ? labels.xxl() : labels.rounds().get(round - 1), width - 10), x + 6, TOP - 18);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            if (!xxl) {
                g.drawString(fit(g, labels.dates().get(round - 1), width - 10), x + 6, TOP - 4);
            }
            List<Entry> playing = xxl ? t.winners() : played(t, round);
            int places = Math.max(1, Math.max(playing.size(), xxl ? 1 : placesAhead(t, round)));
            double slot = (double) height / places;
            int fontSize = (int) Math.max(9, Math.min(15, slot * 0.62));
            g.setFont(new Font(Font.SANS_SERIF, xxl ? Font.BOLD : Font.PLAIN, xxl ? 18 : fontSize));
            FontMetrics metrics = g.getFontMetrics();
            for (int i = 0; i < places; i++) {
                int y = TOP + (int) (slot * i + slot / 2) + metrics.getAscent() / 2 - 2;
                if (i >= playing.size()) {
                    g.setColor(SLOT);
                    g.fillRoundRect(x + 6, y - metrics.getAscent(), width - 18, Math.max(4, metrics.getHeight() - 2), 6, 6);
                    continue;
                }
                Entry e = playing.get(i);
                boolean wentOut = !xxl && e.outRound() != null && e.outRound() == round;
                String text = e.name();
                if (xxl) {
                    g.setColor(WON);
                } else if (wentOut) {
                    g.setColor(OUT);
                    text = e.name() + " · " + e.outOn().getDayOfMonth() + "/" + e.outOn().getMonthValue();
                } else if (e.in() && (t.status() == Status.SETUP || round == t.round())) {
                    g.setColor(IN);
                } else {
                    g.setColor(WENT_ON);
                }
                String shown = fit(g, text, width - 14);
                g.drawString(shown, x + 6, y);
                if (wentOut) {
                    g.setStroke(new BasicStroke(1f));
                    int strike = y - metrics.getAscent() / 3;
                    g.drawLine(x + 6, strike, x + 6 + metrics.stringWidth(shown), strike);
                }
            }
        }
        g.setColor(IN);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(fit(g, labels.legend(), WIDTH - 2 * MARGIN), MARGIN, HEIGHT - 18);
    }

    /** The round the list starts in: by its size while it is being made, else as it was started. */
    static int first(Tournament t) {
        return t.status() == Status.SETUP ? Stage.first(t.entries().size()).number : t.firstRound();
    }

    /** The places a round to come has: as many as the rounds before it leave, halving from those in now. */
    static int placesAhead(Tournament t, int round) {
        int from = t.status() == Status.SETUP ? first(t) : t.round();
        if (round <= from || t.status() == Status.CLOSED) {
            return 0;
        }
        int n = t.status() == Status.SETUP ? t.entries().size() : t.in().size();
        for (int r = from; r < round; r++) {
            n = Stage.of(r).target(n);
        }
        return n;
    }

    /** The suspects that played a round (the one under way: those in it now), in the order of the list. */
    static List<Entry> played(Tournament t, int round) {
        List<Entry> played = new ArrayList<>();
        for (Entry e : t.entries()) {
            boolean in = t.status() == Status.SETUP ? round == first(t) : round >= t.firstRound() && e.reached(t) >= round;
            if (in) {
                played.add(e);
            }
        }
        return played;
    }

    private static String fit(Graphics2D g, String text, int width) {
        FontMetrics metrics = g.getFontMetrics();
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
