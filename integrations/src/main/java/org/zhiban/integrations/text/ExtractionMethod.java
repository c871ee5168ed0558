package org.zhiban.integrations.text;

/** How the text was obtained, which says how far it can be trusted: OCR text may hold misread characters. */
public enum ExtractionMethod {
    /** Word 文档（DOCX）的文字 */
    DOCX,
    /** PDF 的文字层 */
    PDF_TEXT,
    /** 文字识别（扫描件、图片）; also a PDF of which some pages were scanned */
    OCR,
    /** OFD 版式文件的文字 */
    OFD,
    /** 纯文本 */
    TXT
}
