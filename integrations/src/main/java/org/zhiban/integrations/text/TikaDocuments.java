package org.zhiban.integrations.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.SAXException;
import org.zhiban.integrations.text.TextExtractionException.Reason;

/**
 * DOCX and the text layer of PDF through Tika's parsers, called directly rather than through AutoDetectParser: the
 * format is already known from the bytes, and nothing embedded (pictures, attached files) is parsed or OCR'd behind
 * our back. Thread-safe: Tika's parsers keep no state between calls.
 */
final class TikaDocuments {

    private final Parser docx = new OOXMLParser();
    private final Parser pdf = new PDFParser();

    /** The text of a DOCX, and the page count Word saved (0 when it saved none). */
    Parsed docx(byte[] content) {
        return parse(docx, content, new ParseContext());
    }

    /** One text per page of a PDF's text layer. */
    Parsed pdf(byte[] content) {
        PDFParserConfig config = new PDFParserConfig();
        // pages without a text layer are rendered and OCR'd by PdfText, page by page and under our limits
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        config.setExtractInlineImages(false);
        config.setExtractAnnotationText(false);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, config);
        return parse(pdf, content, context);
    }

    private static Parsed parse(Parser parser, byte[] content, ParseContext context) {
        TextLayout layout = new TextLayout();
        Metadata metadata = new Metadata();
        try {
            parser.parse(new ByteArrayInputStream(content), layout, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new TextExtractionException(Reason.ENCRYPTED, e);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            throw new TextExtractionException(Reason.CORRUPT, e, detail(e));
        }
        Integer pages = metadata.getInt(Office.PAGE_COUNT);
        return new Parsed(layout.text(), layout.pages(), pages == null ? 0 : pages);
    }

    /** The innermost message: Tika wraps the parser's own reason in "Unexpected RuntimeException from ...". */
    static String detail(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    /**
     * @param pageTexts one per page for a PDF, one in all for a DOCX
     * @param pageCount the page count the file states (PDF: its pages; DOCX: Word's last count, 0 if none)
     */
    record Parsed(String text, List<String> pageTexts, int pageCount) {}
}
