package org.zhiban.document.writing;

import org.zhiban.rules.document.Direction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhiban.rules.document.DocumentType;

/**
 * What a template takes from the title (GB/T 9704 7.3.3: 发文机关 + 事由 + 文种) and from the recipient: the 事由,
 * the work a 印发 or 议案 names in 《》, and the 你局/贵局 a reply addresses its recipient by.
 */
final class TitleParts {

    private static final Pattern CITED = Pattern.compile("《([^《》]+)》");
    /** The last character of an organ's name that stands for it in 你局, 你委, 你院 … */
    private static final String ORGAN_ENDINGS = "局委厅办院部署处科所站队司室校馆";
    private static final Pattern GOVERNMENT = Pattern.compile(".*([省市县区乡镇])(人民政府|政府)$");

    private TitleParts() {
    }

    /**
     * 关于开展安全生产检查的通知 → 开展安全生产检查; a title without 关于 loses only its 文种. Null when nothing is
     * left.
     */
    static String subject(String title, DocumentType type) {
        String t = title.strip();
        for (String ending : endings(type)) {
            if (t.endsWith(ending)) {
                t = t.substring(0, t.length() - ending.length());
                break;
            }
        }
        if (t.endsWith("的")) {
            t = t.substring(0, t.length() - 1);
        }
        int about = t.indexOf("关于");
        if (about >= 0) {
            t = t.substring(about + 2);
        }
        return DraftInputs.trimmed(t);
    }

    /** 关于印发《××办法》的通知 → ××办法; null when the title names no work. */
    static String cited(String title) {
        Matcher m = CITED.matcher(title);
        return m.find() ? m.group(1).strip() : null;
    }

    /**
     * 你局 (downward) or 贵局 (between peers; 你 is for subordinates only, REFERENCE L09), from the recipient's
     * name: ××区人民政府 → 区, ××交通运输局 → 局, ××委员会 → 委, anything else (or several recipients) → 单位.
     */
    static String addressee(String recipients, Direction direction) {
        String prefix = direction == Direction.DOWNWARD ? "你" : "贵";
        if (recipients == null || recipients.matches(".*[、，,；;].*")) {
            return prefix + "单位";
        }
        String r = recipients.strip().replaceAll("[：:]$", "");
        Matcher government = GOVERNMENT.matcher(r);
        if (government.matches()) {
            return prefix + government.group(1);
        }
        if (r.endsWith("中心")) {
            return prefix + "中心";
        }
        if (r.endsWith("委员会")) {
            return prefix + "委";
        }
        char last = r.isEmpty() ? ' ' : r.charAt(r.length() - 1);
        return prefix + (ORGAN_ENDINGS.indexOf(last) >= 0 ? String.valueOf(last) : "单位");
    }

    /** The words a title of this 文种 ends with, the longer first (复函 before 函, 命令 before 令). */
    private static String[] endings(DocumentType type) {
        return switch (type) {
            case LETTER -> new String[] {"复函", "函"};
            case ORDER -> new String[] {"命令", "令"};
            default -> new String[] {type.term()};
        };
    }
}
