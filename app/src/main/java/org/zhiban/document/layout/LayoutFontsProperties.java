package org.zhiban.document.layout;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Fonts for the GB/T 9704 layout. DOCX names a font and leaves finding it to the reader's machine; PDF and OFD
 * embed one, so they need a file. When a configured file is missing, the open {@code fallback} font stands in
 * for it and the output says so in its document properties.
 *
 * @param fangsong     仿宋 (name as Word knows it, optional file)
 * @param xiaobiaosong 小标宋
 * @param heiti        黑体
 * @param kaiti        楷体
 * @param song         宋体
 * @param fallback     an open CJK font that exists (TTF, OTF or TTC)
 */
@ConfigurationProperties("zhiban.document.layout.fonts")
public record LayoutFontsProperties(Face fangsong, Face xiaobiaosong, Face heiti, Face kaiti, Face song, Face fallback) {

    public LayoutFontsProperties {
        fangsong = orDefault(fangsong, "仿宋_GB2312");
        xiaobiaosong = orDefault(xiaobiaosong, "方正小标宋简体");
        heiti = orDefault(heiti, "黑体");
        kaiti = orDefault(kaiti, "楷体_GB2312");
        song = orDefault(song, "宋体");
        fallback = fallback == null || fallback.file() == null
                ? new Face("WenQuanYi Zen Hei", Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"))
                : fallback;
    }

    /** Everything by default: Word names, no font files, the Debian WenQuanYi Zen Hei as fallback. */
    public static LayoutFontsProperties defaults() {
        return new LayoutFontsProperties(null, null, null, null, null, null);
    }

    Face face(FontRole role) {
        return switch (role) {
            case FANGSONG -> fangsong;
            case XIAOBIAOSONG -> xiaobiaosong;
            case HEITI -> heiti;
            case KAITI -> kaiti;
            case SONG -> song;
        };
    }

    private static Face orDefault(Face face, String name) {
        if (face == null) {
            return new Face(name, null);
        }
        return face.name() == null ? new Face(name, face.file()) : face;
    }

    /**
     * @param name the font's name: what DOCX writes, and the face picked out of a TTC
     * @param file the font file for PDF and OFD, or null
     */
    public record Face(String name, Path file) {
    }
}
