package org.zhiban.rules.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads 当事人 lines: "甲方（采购人）：某市教育局" and the 地址/统一社会信用代码/法定代表人/联系人 lines under it. */
final class PartyLines {

    static final Pattern PARTY = Pattern.compile(
            "^(" + PartyRole.LABELS + ")(?:\\s*[（(]([^）)]{0,12})[）)])?(?:名称)?\\s*[:：]\\s*(.*)$");
    private static final Pattern FIELD = Pattern.compile(
            "^(住所地|住所|地址|注册地址|通讯地址|办公地址|统一社会信用代码|社会信用代码|信用代码"
                    + "|法定代表人或(?:其)?(?:授权|委托)代表人?|法定代表人或负责人|法定代表人|负责人|授权代表人?|委托代理人"
                    + "|联系人|联系电话|电话|联系方式|签订日期|签署日期|签约日期|签字日期|盖章日期|签章日期|日期|时间)"
                    + "(?:\\s*[（(][^）)]{0,10}[）)])?\\s*[:：]\\s*(.*)$");
    private static final Pattern INLINE_SPLIT = Pattern.compile(
            "\\t|\\s{2,}|\\u3000+|[，,；;](?=\\s*(?:住所|地址|统一社会信用代码|社会信用代码|法定代表人|负责人|联系人|联系电话|电话)\\s*[:：])");
    private static final Pattern NAME_NOISE = Pattern.compile(
            "[（(][^）)]*(?:以下简称|简称|盖章|签章|公章|签字|印章)[^）)]*[）)]");

    /** One label/value cell: "地址：某市…". */
    record Field(String label, String value) {
    }

    private PartyLines() {
    }

    static Matcher party(String cell) {
        Matcher m = PARTY.matcher(Line.strip(cell));
        return m.matches() && PartyRole.ofLabel(m.group(1)) != null ? m : null;
    }

    static Field field(String cell) {
        Matcher m = FIELD.matcher(Line.strip(cell));
        return m.matches() ? new Field(m.group(1), Line.strip(m.group(2))) : null;
    }

    /** The parties of the preamble lines, each with the field lines that follow its label line. */
    static List<Party> read(List<Line> lines, int from, int to) {
        List<Party> parties = new ArrayList<>();
        Builder current = null;
        for (Line line : lines) {
            if (line.start() < from || line.start() >= to || line.blank()) {
                continue;
            }
            String[] cells = INLINE_SPLIT.split(line.content());
            Matcher party = party(cells[0]);
            if (party != null) {
                if (current != null) {
                    parties.add(current.build());
                }
                current = new Builder(PartyRole.ofLabel(party.group(1)), label(party), cleanName(party.group(3)),
                        line.contentStart(), line.end());
            } else if (current == null || field(cells[0]) == null) {
                if (current != null) {
                    parties.add(current.build());
                    current = null;
                }
                continue;
            }
            for (int i = party != null ? 1 : 0; i < cells.length; i++) {
                Field field = field(cells[i]);
                if (field != null) {
                    current.field(field);
                }
            }
            current.end = line.end();
        }
        if (current != null) {
            parties.add(current.build());
        }
        return parties;
    }

    static String label(Matcher party) {
        return party.group(2) == null ? party.group(1) : party.group(1) + "（" + party.group(2) + "）";
    }

    /** Drops （以下简称“甲方”）, （盖章） and trailing marks; {@code null} for an empty or blank-line name. */
    static String cleanName(String raw) {
        if (raw == null) {
            return null;
        }
        String name = NAME_NOISE.matcher(raw).replaceAll("");
        name = Line.strip(name).replaceAll("[，,。；;：:_＿\\s]+$", "").replaceAll("^[_＿\\s]+", "");
        return name.isEmpty() || name.matches("[_＿\\s]*") ? null : name;
    }

    static boolean isAddress(String label) {
        return label.contains("地址") || label.startsWith("住所");
    }

    static boolean isRepresentative(String label) {
        return label.contains("代表") || label.equals("负责人") || label.equals("委托代理人");
    }

    static boolean isDate(String label) {
        return label.contains("日期") || label.equals("时间");
    }

    private static final class Builder {
        private final PartyRole role;
        private final String label;
        private final String name;
        private final int start;
        private int end;
        private String address;
        private String code;
        private String representative;
        private String contact;

        Builder(PartyRole role, String label, String name, int start, int end) {
            this.role = role;
            this.label = label;
            this.name = name;
            this.start = start;
            this.end = end;
        }

        void field(Field field) {
            String value = field.value().isEmpty() ? null : field.value();
            String l = field.label();
            if (isAddress(l)) {
                address = value;
            } else if (l.contains("信用代码")) {
                code = value == null ? null : value.replaceAll("\\s", "");
            } else if (isRepresentative(l)) {
                representative = cleanName(value);
            } else if (l.startsWith("联系") || l.equals("电话")) {
                contact = contact == null ? value : contact + "，" + value;
            }
        }

        Party build() {
            return new Party(role, label, name, address, code, CreditCodes.isValid(code), representative, contact,
                    start, end);
        }
    }
}
