package org.zhiban.document.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhiban.rules.document.DocumentType;

/**
 * Finds a 公文's elements in its paragraphs, in the order GB/T 9704 lays them out: 版头 down to the 发文字号, the
 * 标题, the 主送机关, the 正文, the 附件说明, the 署名 and the 成文日期, then the 版记. What is not where it
 * should be is left null rather than guessed from elsewhere.
 */
final class DocumentParts {

    /** 某办发〔2026〕7号, also with the wrong brackets or a 第 that the rules flag later; 签发人 may share the line. */
    static final Pattern NUMBER = Pattern.compile(
            "[\\p{IsHan}A-Za-z]+[〔\\[［【（(]\\s*\\d{4}\\s*[〕\\]］】）)]\\s*第?\\s*\\d+\\s*号");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4}|[〇○零一二三四五六七八九]{4})年(\\d{1,2}|[一二三四五六七八九十]{1,3})月(\\d{1,2}|[一二三四五六七八九十]{1,3})日");
    private static final Pattern SIGNER = Pattern.compile("签\\s*发\\s*人\\s*[：:].*");
    private static final Pattern ATTACHMENT_NOTE = Pattern.compile("^附\\s*件\\s*[：:]");
    private static final Pattern ATTACHMENT_ITEM = Pattern.compile("^\\d+[.．]");
    /** The 版头 and the title sit in the first lines; a 发文字号 further down is one quoted in the text. */
    private static final int HEAD_LINES = 12;
    private static final int TITLE_LINES = 6;
    private static final double LARGE_POINTS = 16;

    private DocumentParts() {
    }

    static ImportedDocument read(List<WordParagraph> ps) {
        int n = ps.size();
        String number = null;
        int start = 0;
        for (int i = 0; i < Math.min(n, HEAD_LINES); i++) {
            Matcher m = NUMBER.matcher(ps.get(i).text());
            // the 发文字号 stands on its own line (with the 签发人 of an upward document), never inside a sentence:
            // 你局《…》（某发〔2026〕3号）收悉 quotes another document's number
            if (m.find() && SIGNER.matcher(ps.get(i).text().replace(m.group(), "")).replaceAll("").isBlank()) {
                number = m.group().replaceAll("\\s+", "");
                start = i + 1;
                break;
            }
        }
        int[] title = title(ps, start);
        int next = title == null ? start : title[1];
        String titleText = title == null ? null : joined(ps, title[0], title[1]);
        String recipients = null;
        if (next < n && isRecipients(ps.get(next).text())) {
            recipients = ps.get(next).text().replaceAll("[：:]\\s*$", "").strip();
            next++;
        }
        int attachment = -1;
        int date = -1;
        int end = n;
        for (int i = next; i < n; i++) {
            String t = ps.get(i).text();
            if (attachment < 0 && ATTACHMENT_NOTE.matcher(t).find()) {
                attachment = i;
            } else if (DATE.matcher(t).matches()) {
                date = i;
                end = i;
                break;
            } else if (t.startsWith("抄送") || (attachment >= 0 && t.matches("^附件\\d*$"))) {
                end = i;
                break;
            }
        }
        int organ = date > next && isSignature(ps.get(date - 1).text()) ? date - 1 : -1;
        int bodyEnd = attachment >= 0 ? attachment : organ >= 0 ? organ : end;
        List<ImportedDocument.Paragraph> body = new ArrayList<>();
        for (int i = next; i < bodyEnd; i++) {
            body.add(new ImportedDocument.Paragraph(HeadingLevels.of(ps.get(i)), ps.get(i).text()));
        }
        return new ImportedDocument(titleText, titleText == null ? null : docType(titleText), number, recipients,
                body, String.join("\n", body.stream().map(ImportedDocument.Paragraph::text).toList()),
                attachment < 0 ? null : attachmentNote(ps, attachment, organ >= 0 ? organ : end),
                organ < 0 ? null : ps.get(organ).text(), date < 0 ? null : isoDate(ps.get(date).text()));
    }

    /**
     * The title's paragraphs [from, to): centred lines set large (or in Word's title style) below the 版头 that
     * together end in a 文种 — a long title is two centred paragraphs — else the first paragraph ending in a 文种,
     * else the first such centred run (a title that names no 文种). A 机关标志 (××文件, or an organ's name set
     * large above a 函) is passed over because it ends in no 文种.
     */
    private static int[] title(List<WordParagraph> ps, int start) {
        int limit = Math.min(ps.size(), start + TITLE_LINES);
        int[] firstCentred = null;
        for (int i = start; i < limit; i++) {
            WordParagraph p = ps.get(i);
            if (p.centred() && !p.text().endsWith("文件")
                    && (p.fontSize() >= LARGE_POINTS || p.titleStyle() || docType(p.text()) != null)) {
                int to = i + 1;
                while (to < ps.size() && docType(joined(ps, i, to)) == null && ps.get(to).centred()
                        && ps.get(to).fontSize() == p.fontSize() && !isRecipients(ps.get(to).text())) {
                    to++;
                }
                if (docType(joined(ps, i, to)) != null) {
                    return new int[] {i, to};
                }
                firstCentred = firstCentred == null ? new int[] {i, to} : firstCentred;
            }
        }
        for (int i = start; i < limit; i++) {
            if (ps.get(i).text().length() <= 120 && docType(ps.get(i).text()) != null) {
                return new int[] {i, i + 1};
            }
        }
        return firstCentred;
    }

    /** The 文种 a title ends with; 复函 and 命令 count as 函 and 令. */
    static String docType(String title) {
        String t = title.strip();
        DocumentType found = null;
        for (DocumentType type : DocumentType.values()) {
            if (t.endsWith(type.term()) && (found == null || type.term().length() > found.term().length())) {
                found = type;
            }
        }
        return found == null ? null : found.term();
    }

    /** 主送机关: one short line ending with a colon, not a numbered heading. */
    private static boolean isRecipients(String text) {
        return text.length() <= 200 && text.matches(".*[：:]\\s*$") && HeadingLevels.numbered(text) == 0
                && !ATTACHMENT_NOTE.matcher(text).find();
    }

    /** 发文机关署名: a short line above the date that is no sentence. */
    private static boolean isSignature(String text) {
        return text.length() <= 60 && !text.matches(".*[。；，：:！？]$") && HeadingLevels.numbered(text) == 0
                && !ATTACHMENT_ITEM.matcher(text).find() && !ATTACHMENT_NOTE.matcher(text).find();
    }

    /** 附件： and the lines after it that number further attachments (2.…), as written. */
    private static String attachmentNote(List<WordParagraph> ps, int from, int to) {
        List<String> lines = new ArrayList<>(List.of(ps.get(from).text()));
        for (int i = from + 1; i < to && ATTACHMENT_ITEM.matcher(ps.get(i).text()).find(); i++) {
            lines.add(ps.get(i).text());
        }
        return String.join("\n", lines);
    }

    /** 2026年11月24日 or 二〇二六年十一月二十四日 → 2026-11-24; anything unreadable stays as written. */
    static String isoDate(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return text;
        }
        int year = number(m.group(1));
        int month = number(m.group(2));
        int day = number(m.group(3));
        try {
            return java.time.LocalDate.of(year, month, day).toString();
        } catch (java.time.DateTimeException e) {
            return text;
        }
    }

    private static int number(String part) {
        return part.chars().allMatch(Character::isDigit) ? Integer.parseInt(part) : ChineseNumbers.value(part);
    }

    private static String joined(List<WordParagraph> ps, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            s.append(ps.get(i).text());
        }
        return s.toString();
    }
}
