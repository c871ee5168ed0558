package org.zhiban.rules.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 签署栏 — finds where the signature block begins and reads it. The block is the run of lines at the end that
 * look like signing lines (party labels, 法定代表人, 盖章, 日期, 地址, 开户行 …), starting at its first party label
 * line. Two parties side by side, as a table comes out of Tika (cells separated by tabs or wide spaces), are
 * read column by column.
 */
final class SignatureReader {

    private static final Pattern SIGNING_WORDS = Pattern.compile(
            "盖章|签章|签字|签名|公章|印章|日期|时间|年\\s*_*\\s*月\\s*_*\\s*日|\\d{4}\\s*年|以下无正文|签署页|开户|账号|帐号|税号|邮编|邮政编码|传真"
                    + "|签订地点|签约地点|签订时间|法定代表人|授权代表|委托代理人|联系人|电话|地址|住所|统一社会信用代码|^[_＿\\s]+$");
    private static final Pattern CELLS = Pattern.compile("\\t+|\\s{3,}|\\u3000{2,}");
    private static final Pattern BLANK_DATE = Pattern.compile("[_＿\\s]*年[_＿\\s]*月[_＿\\s]*日|^[_＿\\s]*$");

    private SignatureReader() {
    }

    /** Offset where the signature block starts, or -1 when the contract has none. */
    static int start(List<Line> lines, int notBefore) {
        int partyLine = -1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line line = lines.get(i);
            if (line.start() < notBefore) {
                break;
            }
            if (line.blank()) {
                continue;
            }
            String[] cells = CELLS.split(line.content());
            boolean party = PartyLines.party(cells[0]) != null;
            if (party) {
                partyLine = i;
            } else if (!signingLine(cells)) {
                break;
            }
        }
        return partyLine < 0 ? -1 : lines.get(partyLine).contentStart();
    }

    private static boolean signingLine(String[] cells) {
        for (String cell : cells) {
            if (PartyLines.party(cell) == null && !SIGNING_WORDS.matcher(cell).find()) {
                return false;
            }
        }
        return true;
    }

    static SignatureBlock read(String text, List<Line> lines, int start) {
        List<Builder> all = new ArrayList<>();
        List<Builder> columns = new ArrayList<>();
        List<ContractDate> signingDates = new ArrayList<>();
        for (Line line : lines) {
            if (line.start() < start - 1 || line.blank()) {
                continue;
            }
            List<int[]> spans = cells(line);
            boolean anyParty = spans.stream().anyMatch(s -> PartyLines.party(text.substring(s[0], s[1])) != null);
            if (anyParty) {
                columns = new ArrayList<>();
                for (int[] span : spans) {
                    String cell = text.substring(span[0], span[1]);
                    Matcher party = PartyLines.party(cell);
                    Builder builder = party == null ? null : new Builder(party, span[0], span[1]);
                    if (builder != null) {
                        all.add(builder);
                    }
                    columns.add(builder);
                }
                continue;
            }
            for (int j = 0; j < spans.size(); j++) {
                int[] span = spans.get(j);
                String cell = text.substring(span[0], span[1]);
                PartyLines.Field field = PartyLines.field(cell);
                if (field != null && field.label().startsWith("签") && field.label().endsWith("日期")
                        && !field.label().equals("签字日期")) {
                    ContractDate date = Dates.first(cell, span[0]);
                    if (date != null) {
                        signingDates.add(date);
                    }
                    continue;
                }
                Builder target = columns.size() == 1 ? columns.get(0) : j < columns.size() ? columns.get(j) : null;
                if (target != null) {
                    target.cell(cell, field, span);
                }
            }
        }
        return new SignatureBlock(start, text.length(), all.stream().map(Builder::build).toList(), signingDates);
    }

    private static List<int[]> cells(Line line) {
        List<int[]> spans = new ArrayList<>();
        String text = line.text();
        Matcher m = CELLS.matcher(text);
        int at = 0;
        while (true) {
            boolean found = m.find();
            int stop = found ? m.start() : text.length();
            String cell = text.substring(at, stop);
            if (!cell.isBlank()) {
                int lead = cell.length() - cell.stripLeading().length();
                int s = line.start() + at + lead;
                int e = line.start() + stop - (cell.length() - Line.strip(cell).length() - lead);
                spans.add(new int[] {s, e});
            }
            if (!found) {
                break;
            }
            at = m.end();
        }
        return spans;
    }

    private static final class Builder {
        private final PartyRole role;
        private final String label;
        private final String name;
        private final int start;
        private int end;
        private String representative;
        private String address;
        private ContractDate date;
        private boolean dateBlank;
        private boolean sealed;

        Builder(Matcher party, int start, int end) {
            this.role = PartyRole.ofLabel(party.group(1));
            this.label = PartyLines.label(party);
            this.name = PartyLines.cleanName(party.group(3));
            this.sealed = party.group(0).matches(".*(盖章|公章|签章|印章).*");
            this.start = start;
            this.end = end;
        }

        void cell(String cell, PartyLines.Field field, int[] span) {
            end = Math.max(end, span[1]);
            if (cell.matches(".*(盖章|公章|签章|印章).*")) {
                sealed = true;
            }
            if (field == null) {
                return;
            }
            if (PartyLines.isDate(field.label())) {
                ContractDate written = Dates.first(cell, span[0]);
                if (written != null) {
                    date = written;
                } else if (BLANK_DATE.matcher(field.value()).find()) {
                    dateBlank = true;
                }
            } else if (PartyLines.isRepresentative(field.label())) {
                representative = PartyLines.cleanName(field.value());
            } else if (PartyLines.isAddress(field.label())) {
                address = field.value().isEmpty() ? null : field.value();
            }
        }

        Signatory build() {
            return new Signatory(role, label, name, representative, address, date, dateBlank, sealed, start, end);
        }
    }
}
