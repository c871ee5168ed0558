package org.zhiban.rules.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 合同解析 — reads a contract's plain text, as Tika extracts it from DOCX or PDF (lines, blank lines, table cells
 * separated by tabs), into a {@link ParsedContract}. It reads; it never judges: the rules do that.
 *
 * <p>The text is split into the preamble (title, 合同编号, 项目名称, the parties), the numbered clauses, and the
 * signature block at the end. Amounts, dates, periods, instalments, securities, 违约金 and the dispute clause
 * are then read from the clauses. Stateless and thread-safe.
 */
public final class ContractParser {

    private static final Pattern TITLE_WORD = Pattern.compile("合同|协议|协议书|契约");
    private static final Pattern LABEL_LINE = Pattern.compile("^[^：:]{1,10}[:：]");
    private static final Pattern CONTRACT_NUMBER = Pattern.compile("合同编号\\s*[:：]\\s*([^\\s，,；;）)]+)");
    private static final Pattern PROJECT_NAME = Pattern.compile("(?:采购)?项目名称\\s*[:：]\\s*([^\\n，,。；;（(]+)");
    private static final Pattern PROJECT_NUMBER = Pattern.compile(
            "(?:采购项目编号|项目编号|采购编号|招标编号|项目代码)\\s*[:：]\\s*([A-Za-z0-9〔〕\\[\\]\\-_—/．.]+)");

    public ParsedContract parse(String text) {
        Objects.requireNonNull(text, "text");
        List<Line> lines = Line.of(text);
        int firstHeading = Outline.firstHeading(lines, 0, text.length());
        int bodyStart = firstHeading < 0 ? text.length() : firstHeading;
        int signatureStart = SignatureReader.start(lines, bodyStart == text.length() ? 0 : bodyStart + 1);
        int bodyEnd = signatureStart < 0 ? text.length() : signatureStart;
        if (bodyStart > bodyEnd) {
            bodyStart = bodyEnd;
        }
        List<Clause> clauses = Outline.read(text, lines, bodyStart, bodyEnd);
        IntFunction<String> clauseAt = offset -> innermost(clauses, offset);
        SignatureBlock signature = signatureStart < 0 ? null : SignatureReader.read(text, lines, signatureStart);

        List<Party> parties = PartyLines.read(lines, 0, bodyStart);
        if (parties.isEmpty() && signature != null) {
            parties = fromSignatures(signature);
        }
        List<Sentence> sentences = Sentences.of(text, 0, bodyEnd, clauseAt);
        List<Amount> amounts = Amounts.find(text.substring(0, bodyEnd), clauseAt);
        List<AmountPair> pairs = Amounts.pairs(text, amounts);
        List<ContractDate> dates = Dates.find(text);
        List<DateRange> ranges = Dates.ranges(text, dates);
        List<Period> periods = Periods.find(text.substring(0, bodyEnd), 0, dates);
        String preamble = text.substring(0, bodyStart);
        String body = text.substring(0, bodyEnd);
        return new ParsedContract(text, title(lines, bodyStart), first(CONTRACT_NUMBER, preamble),
                first(PROJECT_NAME, body), first(PROJECT_NUMBER, body), parties, bodyStart, bodyEnd, clauses,
                sentences, amounts, pairs, dates, ranges, periods,
                Milestones.read(sentences, amounts, pairs, bodyStart),
                Securities.read(sentences, amounts, bodyStart),
                Penalties.read(sentences, amounts, clauses, bodyStart),
                Disputes.read(text, clauses, sentences, bodyStart), signature);
    }

    /** The first line naming a 合同/协议 before the parties, else the first line that is not a label. */
    private static String title(List<Line> lines, int bodyStart) {
        String fallback = null;
        for (Line line : lines) {
            if (line.start() >= bodyStart) {
                break;
            }
            String content = line.content().replaceAll("\\s+", "");
            if (content.isEmpty()) {
                continue;
            }
            if (PartyLines.party(content) != null) {
                break;
            }
            if (LABEL_LINE.matcher(content).find()) {
                continue;
            }
            if (TITLE_WORD.matcher(content).find() && content.length() <= 60) {
                return content;
            }
            if (fallback == null) {
                fallback = content;
            }
        }
        return fallback;
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Line.strip(m.group(1)) : null;
    }

    private static String innermost(List<Clause> clauses, int offset) {
        Clause found = null;
        for (Clause clause : clauses) {
            if (clause.contains(offset) && (found == null || clause.level() > found.level())) {
                found = clause;
            }
        }
        return found == null ? null : found.path();
    }

    private static List<Party> fromSignatures(SignatureBlock signature) {
        List<Party> parties = new ArrayList<>();
        for (Signatory s : signature.signatories()) {
            if (s.name() != null) {
                parties.add(new Party(s.role(), s.label(), s.name(), s.address(), null, false, s.representative(),
                        null, s.start(), s.end()));
            }
        }
        return parties;
    }
}
