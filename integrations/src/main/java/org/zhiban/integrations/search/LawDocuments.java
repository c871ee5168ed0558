package org.zhiban.integrations.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** 索引文档: maps a {@link SearchableArticle} to a Lucene document and back to a hit's fields. */
final class LawDocuments {

    static final String ID = "id";
    static final String STATUTE = "statute";
    static final String TITLE = "title";
    static final String LEVEL = "level";
    static final String LABEL = "label";
    static final String ARTICLE = "article"; // statuteKey#articleKey, for articles cited in the query
    static final String HEADINGS = "headings";
    static final String TEXT = "text";
    static final String TAG = "tag";
    static final String FROM = "from";
    static final String UNTIL = "until";
    static final String UNTIL_STORED = "untilStored";
    static final String PATH_SEPARATOR = " / ";

    /** Stored as the end of a version still in force, so one range query covers open and closed versions. */
    static final long OPEN_END = Long.MAX_VALUE;

    private LawDocuments() {
    }

    static Document toDocument(SearchableArticle a) {
        Document doc = new Document();
        doc.add(new StringField(ID, a.articleId(), Field.Store.YES));
        doc.add(new StringField(STATUTE, a.statuteKey(), Field.Store.YES));
        doc.add(new TextField(TITLE, a.statuteTitle(), Field.Store.YES));
        doc.add(new StringField(LEVEL, a.level().name(), Field.Store.NO));
        doc.add(new StoredField(LABEL, a.articleLabel()));
        doc.add(new StringField(ARTICLE, articleTerm(a.statuteKey(), a.articleKey()), Field.Store.NO));
        doc.add(new TextField(HEADINGS, String.join(PATH_SEPARATOR, a.headingPath()), Field.Store.YES));
        doc.add(new TextField(TEXT, a.text(), Field.Store.YES));
        // what a hit shows, as doc values: read per hit without decompressing stored-field blocks
        doc.add(new BinaryDocValuesField(ID, new BytesRef(a.articleId())));
        doc.add(new BinaryDocValuesField(STATUTE, new BytesRef(a.statuteKey())));
        doc.add(new BinaryDocValuesField(TITLE, new BytesRef(a.statuteTitle())));
        doc.add(new BinaryDocValuesField(LABEL, new BytesRef(a.articleLabel())));
        doc.add(new BinaryDocValuesField(HEADINGS, new BytesRef(String.join(PATH_SEPARATOR, a.headingPath()))));
        doc.add(new BinaryDocValuesField(TEXT, new BytesRef(a.text())));
        a.domainTags().stream().sorted().forEach(tag -> doc.add(new StringField(TAG, tag, Field.Store.NO)));
        doc.add(new LongPoint(FROM, a.effectiveFrom().toEpochDay()));
        long until = a.effectiveUntil() == null ? OPEN_END : a.effectiveUntil().toEpochDay();
        doc.add(new LongPoint(UNTIL, until));
        return doc;
    }

    static String articleTerm(String statuteKey, String articleKey) {
        return statuteKey + "#" + articleKey;
    }

    static List<String> headingPath(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : new ArrayList<>(List.of(joined.split(PATH_SEPARATOR)));
    }

    static long epochDay(LocalDate day) {
        return day.toEpochDay();
    }
}
