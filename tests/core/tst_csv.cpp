#include "csv/ColumnMapping.h"
#include "csv/CsvEncoding.h"
#include "csv/CsvReader.h"

#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;

// The CSV reader every import shares: separators and encodings found by looking, quoted
// fields with separators, quotes and line breaks inside, ragged rows, line numbers.
class TestCsv : public QObject {
    Q_OBJECT

    static QList<QStringList> fieldsOf(const QList<CsvRecord> &records)
    {
        QList<QStringList> all;
        for (const CsvRecord &record : records)
            all.append(record.fields);
        return all;
    }

private slots:
    void separatorIsFoundByLooking_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("comma") << u"a,b,c\n1,2,3\n"_s << QChar(u',');
        QTest::newRow("semicolon") << u"a;b;c\n1;2;3\n"_s << QChar(u';');
        QTest::newRow("tab") << u"a\tb\tc\n1\t2\t3\n"_s << QChar(u'\t');
        QTest::newRow("semicolon with commas in text")
            << u"Dupré;Hélène;2, rue X\nMartin;Paul;4, place Y, bât. B\n"_s << QChar(u';');
        QTest::newRow("comma with semicolons quoted") << u"\"a;b\",c,d\n\"e;f\",g,h\n"_s << QChar(u',');
        QTest::newRow("one column") << u"Dupré\nMartin\n"_s << QChar(u',');
        QTest::newRow("empty") << QString() << QChar(u',');
    }
    void separatorIsFoundByLooking()
    {
        QFETCH(QString, text);
        QFETCH(QChar, separator);
        QCOMPARE(CsvReader::detectSeparator(text), separator);
    }

    void quotedFieldsHoldSeparatorsQuotesAndLineBreaks()
    {
        const QString text = u"name,notes,town\r\n"
                             "\"Dupré, Hélène\",\"Says \"\"hello\"\"\nand leaves\",Lyon\r\n"
                             "Martin,\"\",\"\"\r\n"_s;
        const QList<CsvRecord> records = CsvReader::parse(text, u',');
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(1).fields,
                 (QStringList{u"Dupré, Hélène"_s, u"Says \"hello\"\nand leaves"_s, u"Lyon"_s}));
        QCOMPARE(records.at(2).fields, (QStringList{u"Martin"_s, QString(), QString()}));
        // Line numbers are the file's: the second record spans lines 2 and 3.
        QCOMPARE(records.at(1).line, 2);
        QCOMPARE(records.at(2).line, 4);
    }

    void lineEndsOfEveryKind()
    {
        const QList<CsvRecord> records = CsvReader::parse(u"a,b\r\nc,d\re,f\ng,h"_s, u',');
        QCOMPARE(fieldsOf(records), (QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}, {u"e"_s, u"f"_s},
                                                        {u"g"_s, u"h"_s}}));
        QCOMPARE(records.last().line, 4);
    }

    void emptyLinesAreSkippedButCounted()
    {
        const QList<CsvRecord> records = CsvReader::parse(u"a,b\n\n\nc,d\n"_s, u',');
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).line, 4);
        // A line of empty cells is a record, blank.
        const QList<CsvRecord> cells = CsvReader::parse(u",,\n"_s, u',');
        QCOMPARE(cells.size(), 1);
        QVERIFY(cells.first().isBlank());
    }

    void raggedRowsKeepTheirLength()
    {
        const QList<CsvRecord> records = CsvReader::parse(u"a,b,c,d\n1,2\n1,2,3,4,5,6\n"_s, u',');
        QCOMPARE(records.at(1).fields.size(), 2);
        QCOMPARE(records.at(2).fields.size(), 6);
        const ColumnMapping mapping = ColumnMapping::byPosition({{u"w"_s, {}}, {u"x"_s, {}}, {u"y"_s, {}}});
        QCOMPARE(mapping.value(records.at(1), u"y"_s), QString());
        QCOMPARE(mapping.value(records.at(2), u"y"_s), u"3"_s);
    }

    void unclosedQuoteIsAProblemOfItsRecord()
    {
        const QList<CsvRecord> records = CsvReader::parse(u"a,b\nc,\"never closed\nd,e\n"_s, u',');
        QCOMPARE(records.size(), 2);
        QVERIFY(records.at(0).problem.isEmpty());
        QCOMPARE(records.at(1).line, 2);
        QVERIFY(records.at(1).problem.contains(u"never closed"_s));
    }

    void textAfterAClosingQuoteIsKept()
    {
        const QList<CsvRecord> records = CsvReader::parse(u"\"abc\"def,x\n"_s, u',');
        QCOMPARE(records.first().fields, (QStringList{u"abcdef"_s, u"x"_s}));
    }

    // Encodings

    void utf8WithAndWithoutBom()
    {
        const QByteArray utf8 = u"Hélène;Dupré\n"_s.toUtf8();
        CsvEncoding::Decoded plain = CsvEncoding::decode(utf8);
        QCOMPARE(plain.text, u"Hélène;Dupré\n"_s);
        QCOMPARE(plain.encoding, u"UTF-8"_s);
        CsvEncoding::Decoded marked = CsvEncoding::decode("\xEF\xBB\xBF" + utf8);
        QCOMPARE(marked.text, u"Hélène;Dupré\n"_s);
        QCOMPARE(marked.encoding, u"UTF-8 (BOM)"_s);
    }

    void windows1252IsRecognisedAndRead()
    {
        // "Hélène Dupré; 5 € ; cœur ’" as Windows-1252 writes it.
        const QByteArray bytes("H\xE9l\xE8ne Dupr\xE9; 5 \x80 ; c\x9Cur \x92");
        const CsvEncoding::Decoded decoded = CsvEncoding::decode(bytes);
        QCOMPARE(decoded.encoding, u"Windows-1252"_s);
        QCOMPARE(decoded.text, u"Hélène Dupré; 5 € ; cœur ’"_s);
    }

    void windows1252TableAgreesWithTheSystemCodec()
    {
        QStringDecoder system("windows-1252");
        if (!system.isValid())
            QSKIP("This Qt has no Windows-1252 codec (built without ICU); the table is used alone.");
        for (int byte = 0; byte < 256; ++byte) {
            if (byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D)
                continue; // undefined in Windows-1252
            const QByteArray one(1, char(byte));
            QCOMPARE(CsvEncoding::fromWindows1252(one), system.decode(one));
        }
    }

    void utf16FromSpreadsheets()
    {
        QByteArray bytes("\xFF\xFE");
        const QString text = u"Prénom\tNom\nHélène\tDupré\n"_s;
        bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const CsvDocument document = CsvReader::read(bytes);
        QCOMPARE(document.encoding, u"UTF-16"_s);
        QCOMPARE(document.separator, QChar(u'\t'));
        QCOMPARE(document.records.at(1).fields, (QStringList{u"Hélène"_s, u"Dupré"_s}));
    }

    // Column mapping

    void headerNamesIgnoreCaseAccentsAndPunctuation()
    {
        const QList<CsvField> fields{{u"zipCode"_s, {u"code postal"_s, u"postcode"_s}},
                                     {u"firstName"_s, {u"prénom"_s, u"first name"_s}},
                                     {u"city"_s, {u"ville"_s}}};
        CsvRecord header;
        header.fields = QStringList{u"PRENOM"_s, u"Code_Postal"_s, u"Remarque"_s, u"ville "_s};
        const ColumnMapping mapping = ColumnMapping::detect(fields, {}, header);
        QVERIFY(mapping.hasHeader());
        CsvRecord row;
        row.fields = QStringList{u" Hélène "_s, u"69004"_s, u"x"_s, u"Lyon"_s};
        QCOMPARE(mapping.value(row, u"firstName"_s), u"Hélène"_s);
        QCOMPARE(mapping.value(row, u"zipCode"_s), u"69004"_s);
        QCOMPARE(mapping.value(row, u"city"_s), u"Lyon"_s);
        QCOMPARE(mapping.unknownColumns(), QStringList{u"Remarque"_s});
    }

    void withoutAHeaderThePositionalLayoutApplies()
    {
        const QList<CsvField> fields{{u"firstName"_s, {u"prénom"_s}}, {u"lastName"_s, {u"nom"_s}}};
        CsvRecord data;
        data.fields = QStringList{u"Hélène"_s, u"Dupré"_s};
        const ColumnMapping mapping = ColumnMapping::detect(fields, fields, data);
        QVERIFY(!mapping.hasHeader());
        QCOMPARE(mapping.value(data, u"lastName"_s), u"Dupré"_s);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
