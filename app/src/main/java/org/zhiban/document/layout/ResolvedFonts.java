package org.zhiban.document.layout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The font file each role really uses for PDF and OFD: the configured file when it is there, otherwise the
 * open fallback. Resolved per rendering, so a font installed later is picked up without a restart.
 */
final class ResolvedFonts {

    /**
     * @param wordName the configured name, which DOCX writes whatever file exists
     * @param file     the file that is embedded
     * @param face     the face to pick out of a TTC (ignored for single fonts)
     * @param fallback true when {@code file} is the fallback, not the configured font
     */
    record Resolved(FontRole role, String wordName, Path file, String face, boolean fallback) {
    }

    private final Map<FontRole, Resolved> fonts = new EnumMap<>(FontRole.class);

    ResolvedFonts(LayoutFontsProperties properties) {
        LayoutFontsProperties.Face fallback = properties.fallback();
        for (FontRole role : FontRole.values()) {
            LayoutFontsProperties.Face face = properties.face(role);
            if (face.file() != null && Files.isReadable(face.file())) {
                fonts.put(role, new Resolved(role, face.name(), face.file(), face.name(), false));
            } else {
                fonts.put(role, new Resolved(role, face.name(), fallback.file(), fallback.name(), true));
            }
        }
    }

    Resolved get(FontRole role) {
        return fonts.get(role);
    }

    /** Fails with a clear message when even the fallback is missing: PDF and OFD cannot be made without a font. */
    void requireFiles() {
        for (Resolved font : fonts.values()) {
            if (font.file() == null || !Files.isReadable(font.file())) {
                throw new IllegalStateException("No font file for " + font.wordName() + " and the fallback "
                        + font.file() + " is missing; install fonts-wqy-zenhei or set zhiban.document.layout.fonts");
            }
        }
    }

    /** For the output's document properties: which font stood in for which, and whether it is the fallback. */
    String describe() {
        StringJoiner joiner = new StringJoiner("; ");
        for (Resolved font : fonts.values()) {
            joiner.add(font.wordName() + " = " + font.face() + " (" + font.file()
                    + (font.fallback() ? ", fallback" : "") + ")");
        }
        return joiner.toString();
    }

    boolean anyFallback() {
        return fonts.values().stream().anyMatch(Resolved::fallback);
    }
}
