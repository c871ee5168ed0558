package org.zhiban.document.layout;

/** The files a laid-out 公文 can be downloaded as. */
public enum LayoutFormat {
    /** Word, for further editing before signing */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** OFD (GB/T 33190), the fixed-layout format of Chinese e-government archives */
    OFD("application/ofd", "ofd"),
    /** PDF, for the browser preview */
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    LayoutFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
