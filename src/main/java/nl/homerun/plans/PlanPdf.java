package nl.homerun.plans;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The plan as a PDF for the account team (Apache PDFBox): A4, Helvetica (one of the standard 14 fonts, so nothing
 * is embedded), lines wrapped to the page and pages added as needed. Helvetica writes Western European text
 * (é, ë, ó, €, –); a character it cannot write (an emoji) is left out rather than failing the file.
 */
final class PlanPdf {

    /** One block of the document: a title, a heading, a line of text, an item with a box, or a gap. */
    sealed interface Block {
    }

    record Title(String text) implements Block {
    }

    record Heading(String text, String subtitle) implements Block {
    }

    record Text(String text, boolean italic) implements Block {
    }

    /** An activity: ticked or not, what, its goal and day (one line of details under it). */
    record Item(boolean done, String text, String details) implements Block {
    }

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BOX = 9;

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private final Map<Integer, Boolean> writable = new HashMap<>();
    private PDPageContentStream page;
    private float y;

    private PlanPdf() {
    }

    /** The document of these blocks, titled {@code title}, as the bytes of a PDF file. */
    static byte[] of(String title, List<Block> blocks) {
        PlanPdf pdf = new PlanPdf();
        try (PDDocument document = pdf.document) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(pdf.writable(title));
            info.setCreator("Homerun");
            pdf.newPage();
            for (Block block : blocks) {
                pdf.write(block);
            }
            pdf.page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Block block) throws IOException {
        if (block instanceof Title t) {
            lines(t.text(), bold, 18, MARGIN, 24);
            y -= 6;
        } else if (block instanceof Heading h) {
            y -= 10;
            room(40);
            lines(h.text(), bold, 13, MARGIN, 17);
            if (h.subtitle() != null) {
                lines(h.subtitle(), italic, 9.5f, MARGIN, 12.5f);
            }
            y -= 3;
        } else if (block instanceof Text t) {
            lines(t.text(), t.italic() ? italic : regular, 10, MARGIN, 13.5f);
        } else if (block instanceof Item item) {
            room(30);
            float top = y;
            lines(item.text(), regular, 10.5f, MARGIN + 18, 14);
            box(MARGIN + 2, top - BOX - 2, item.done());
            if (item.details() != null) {
                lines(item.details(), italic, 9, MARGIN + 18, 12);
            }
            y -= 4;
        }
    }

    /** A text wrapped to the width from {@code x}, a line every {@code leading} points. */
    private void lines(String text, PDType1Font font, float size, float x, float leading) throws IOException {
        for (String line : wrap(writable(text), font, size, MARGIN + WIDTH - x)) {
            room(leading);
            y -= leading;
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            page.showText(line);
            page.endText();
        }
    }

    private void box(float x, float bottom, boolean ticked) throws IOException {
        page.setLineWidth(0.8f);
        page.addRect(x, bottom - 3, BOX, BOX);
        page.stroke();
        if (ticked) {
            page.moveTo(x + 1.8f, bottom + 1.2f);
            page.lineTo(x + 3.8f, bottom - 1.2f);
            page.lineTo(x + 7.6f, bottom + 4.6f);
            page.stroke();
        }
    }

    private List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String tried = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(tried) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(tried);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** A new page when fewer than {@code needed} points are left on this one. */
    private void room(float needed) throws IOException {
        if (y - needed < MARGIN) {
            page.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** The text without what Helvetica cannot write (emoji, symbols), spaces tidied. */
    private String writable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || writable.computeIfAbsent(cp, this::canWrite)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().replaceAll("[ \\t]{2,}", " ").replaceAll("(?m)^ ", "");
    }

    private boolean canWrite(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        try {
            regular.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
