#include "DatabaseSnapshot.h"
#include "TestStore.h"
#include "services/MemberAnonymiser.h"
#include "services/MemberExport.h"
#include "services/MemberImport.h"
#include "services/MemberService.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Importing members from CSV: Cagette's layout by position and the header-named variant, a
// plan shown before anything is written, every kind of bad row with its line and reason, rows
// matching existing members, one transaction.
class TestMembersImport : public QObject {
    Q_OBJECT

    std::unique_ptr<TestStore> m_test;

    Store &store() { return m_test->store(); }

    ImportPlan<Member> plan(const QByteArray &bytes)
    {
        auto planned = MemberImport(store()).plan(CsvReader::read(bytes));
        if (!planned)
            qFatal("plan: %s", qPrintable(planned.error().message()));
        return *planned;
    }

    static const ImportRow<Member> *rowAt(const ImportPlan<Member> &plan, int line)
    {
        for (const ImportRow<Member> &row : plan.rows) {
            if (row.line == line)
                return &row;
        }
        return nullptr;
    }

    QString addMember(const QString &first, const QString &last, const QString &phone, const QString &email = {})
    {
        Member member;
        member.firstName = first;
        member.lastName = last;
        member.phone = phone;
        member.email = email;
        return MemberService(store()).add(member, DuplicatePolicy::Allow).value();
    }

    QList<Member> everyone()
    {
        MemberFilter all;
        all.includeArchived = true;
        return MemberService(store()).list(all).value();
    }

private slots:
    void init() { m_test = std::make_unique<TestStore>(); }
    void cleanup() { m_test.reset(); }

    void cagetteLayoutByPosition()
    {
        const QByteArray file = "Hélène,Dupré,helene@example.org,06 12 34 56 78,Marc,Dupré,marc@example.org,"
                                "07 11 22 33 44,2 rue d’Austerlitz,Bâtiment B,69004,Lyon\n"
                                "Josiane,Masson,,04 78 12 34 56,,,,,,,,\n";
        const ImportPlan<Member> planned = plan(file);
        QVERIFY(!planned.format.hasHeader);
        QCOMPARE(planned.count(ImportRowKind::Create), 2);
        const Member &helene = planned.rows.first().record;
        QCOMPARE(helene.firstName, u"Hélène"_s);
        QCOMPARE(helene.lastName, u"Dupré"_s);
        QCOMPARE(helene.email, u"helene@example.org"_s);
        QCOMPARE(helene.phone, u"+33612345678"_s);
        QCOMPARE(helene.partnerFirstName, u"Marc"_s);
        QCOMPARE(helene.partnerLastName, u"Dupré"_s);
        QCOMPARE(helene.partnerEmail, u"marc@example.org"_s);
        QCOMPARE(helene.partnerPhone, u"+33711223344"_s);
        QCOMPARE(helene.address1, u"2 rue d’Austerlitz"_s);
        QCOMPARE(helene.address2, u"Bâtiment B"_s);
        QCOMPARE(helene.postcode, u"69004"_s);
        QCOMPARE(helene.town, u"Lyon"_s);

        const auto summary = MemberImport(store()).commit(planned, MatchAction::FillEmptyFields);
        QVERIFY(summary);
        QCOMPARE(summary->created, 2);
        const QList<Member> stored = everyone();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.last().displayName(), u"Masson Josiane"_s);
        QVERIFY(stored.last().email.isEmpty());
        QCOMPARE(stored.last().memberSince, QDate(2026, 11, 25));
    }

    void headerVariantInFrenchAnyOrder()
    {
        const QByteArray file = "Nom;Prénom;Téléphone;Ville;Code postal;Courriel;Remarques;Membre depuis;Allergies\n"
                                "Dupré;Hélène;06 12 34 56 78;Lyon;69004;helene@example.org;Sans gluten;15/09/2024;noix\n";
        const ImportPlan<Member> planned = plan(file);
        QVERIFY(planned.format.hasHeader);
        QCOMPARE(planned.format.separator, QChar(u';'));
        QCOMPARE(planned.format.ignoredColumns, QStringList{u"Allergies"_s});
        QCOMPARE(planned.rows.size(), 1);
        const ImportRow<Member> &row = planned.rows.first();
        QCOMPARE(row.kind, ImportRowKind::Create);
        QCOMPARE(row.line, 2);
        QCOMPARE(row.record.displayName(), u"Dupré Hélène"_s);
        QCOMPARE(row.record.town, u"Lyon"_s);
        QCOMPARE(row.record.postcode, u"69004"_s);
        QCOMPARE(row.record.notes, u"Sans gluten"_s);
        QCOMPARE(row.record.memberSince, QDate(2024, 9, 15));
    }

    void headerVariantInEnglish()
    {
        const QByteArray file = "First name,Last name,E-mail,Phone,Address,Postcode,Town,Partner first name\n"
                                "Paul,Arnaud,paul@example.org,,1 place Bellecour,69002,Lyon,Anne\n";
        const ImportPlan<Member> planned = plan(file);
        QVERIFY(planned.format.hasHeader);
        const Member &paul = planned.rows.first().record;
        QCOMPARE(paul.firstName, u"Paul"_s);
        QCOMPARE(paul.address1, u"1 place Bellecour"_s);
        QCOMPARE(paul.partnerFirstName, u"Anne"_s);
    }

    void eachKindOfBadRowIsReportedWithItsLine_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no name") << QByteArray(",,x@example.org,0612345678") << u"No name."_s;
        QTest::newRow("no way to reach") << QByteArray("Hélène,Dupré,,") << u"No phone number or e-mail"_s;
        QTest::newRow("malformed e-mail") << QByteArray("Hélène,Dupré,helene@,0612345678")
                                          << u"The e-mail address “helene@” is not valid."_s;
        QTest::newRow("malformed phone") << QByteArray("Hélène,Dupré,,06 12 AB")
                                         << u"“06 12 AB” is not a telephone number"_s;
        QTest::newRow("malformed second e-mail")
            << QByteArray("Hélène,Dupré,,0612345678,Marc,Dupré,marc.example.org") << u"second person"_s;
        QTest::newRow("too long") << QByteArray("Hélène," + QByteArray(120, 'x') + ",,0612345678")
                                  << u"too long"_s;
        QTest::newRow("control character") << QByteArray("Hélène,Dupré,,0612345678,,,,,,,,Lyon\x07")
                                           << u"control character"_s;
        QTest::newRow("unclosed quote") << QByteArray("Hélène,\"Dupré,,0612345678") << u"never closed"_s;
    }
    void eachKindOfBadRowIsReportedWithItsLine()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, reason);
        const QByteArray file = "Paul,Arnaud,paul@example.org,,,,,,,,,\n" + row + "\nLéa,Roux,,0700000000\n";
        const ImportPlan<Member> planned = plan(file);
        const ImportRow<Member> *bad = rowAt(planned, 2);
        QVERIFY(bad);
        QCOMPARE(bad->kind, ImportRowKind::Error);
        QVERIFY2(bad->reason.contains(reason), qPrintable(bad->reason));
        QCOMPARE(planned.count(ImportRowKind::Error), 1);
        // The rows around it are fine (except after an unclosed quote, which takes the rest).
        QCOMPARE(rowAt(planned, 1)->kind, ImportRowKind::Create);
    }

    void badDateInTheHeaderVariant()
    {
        const ImportPlan<Member> planned = plan("Nom,Prénom,Téléphone,Membre depuis\nDupré,Hélène,0612345678,hier\n");
        QCOMPARE(planned.rows.first().kind, ImportRowKind::Error);
        QVERIFY(planned.rows.first().reason.contains(u"“hier” is not a date"_s));
    }

    void theSamePersonTwiceInTheFileIsAnError()
    {
        const ImportPlan<Member> planned = plan("Hélène,Dupré,,0612345678\n"
                                                "Paul,Arnaud,,0700000000\n"
                                                "HELENE,dupre,h@example.org,\n");
        QCOMPARE(planned.count(ImportRowKind::Create), 2);
        QCOMPARE(rowAt(planned, 3)->kind, ImportRowKind::Error);
        QCOMPARE(rowAt(planned, 3)->reason, u"The same member as line 1."_s);
    }

    void rowMatchingAMemberOnlyFillsEmptyFields()
    {
        const QString id = addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        Member withTown = MemberService(store()).find(id).value();
        withTown.town = u"Lyon"_s;
        QVERIFY(MemberService(store()).update(withTown));

        const ImportPlan<Member> planned = plan("helene,DUPRE,helene@example.org,0799999999,,,,,,,69004,Villeurbanne\n");
        QCOMPARE(planned.count(ImportRowKind::Match), 1);
        const ImportRow<Member> &row = planned.rows.first();
        QCOMPARE(row.existingId, id);
        QCOMPARE(row.existingName, u"Dupré Hélène"_s);
        QCOMPARE(row.filledFields, (QStringList{u"email"_s, u"postcode"_s}));

        const auto summary = MemberImport(store()).commit(planned, MatchAction::FillEmptyFields);
        QVERIFY(summary);
        QCOMPARE(summary->created, 0);
        QCOMPARE(summary->matched, 1);
        QCOMPARE(summary->filled, 1);
        const Member stored = MemberService(store()).find(id).value();
        QCOMPARE(stored.firstName, u"Hélène"_s);
        QCOMPARE(stored.phone, u"+33612345678"_s);
        QCOMPARE(stored.town, u"Lyon"_s);
        QCOMPARE(stored.email, u"helene@example.org"_s);
        QCOMPARE(stored.postcode, u"69004"_s);
    }

    void aRowCompletingAMemberNeedsNoPhone()
    {
        const QString id = addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        const ImportPlan<Member> planned = plan("Hélène,Dupré,,,,,,,,,69004,Lyon\nPaul,Arnaud,,,,,,,,,,Bron\n");
        QCOMPARE(planned.rows.first().kind, ImportRowKind::Match);
        QCOMPARE(planned.rows.first().existingId, id);
        QCOMPARE(planned.rows.last().kind, ImportRowKind::Error);
        QVERIFY(planned.rows.last().reason.startsWith(u"No phone number"_s));
    }

    void matchedRowsCanBeSkipped()
    {
        addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        const ImportPlan<Member> planned = plan("Hélène,Dupré,helene@example.org,\nPaul,Arnaud,,0700000000\n");
        const QString before = DatabaseSnapshot::take(store());
        const auto summary = MemberImport(store()).commit(planned, MatchAction::Skip);
        QVERIFY(summary);
        QCOMPARE(summary->created, 1);
        QCOMPARE(summary->matched, 1);
        QCOMPARE(summary->filled, 0);
        QVERIFY(MemberService(store()).list({u"helene"_s, false, -1}).value().first().email.isEmpty());
        QVERIFY(DatabaseSnapshot::take(store()) != before);
    }

    void importingTheSameFileTwiceCreatesNobodyTheSecondTime()
    {
        const QByteArray file = "Hélène,Dupré,,0612345678\nPaul,Arnaud,paul@example.org,\n";
        QVERIFY(MemberImport(store()).commit(plan(file), MatchAction::FillEmptyFields));
        const QString before = DatabaseSnapshot::take(store());
        const ImportPlan<Member> again = plan(file);
        QCOMPARE(again.count(ImportRowKind::Match), 2);
        const auto summary = MemberImport(store()).commit(again, MatchAction::FillEmptyFields);
        QCOMPARE(summary->created, 0);
        QCOMPARE(summary->filled, 0);
        QCOMPARE(DatabaseSnapshot::take(store()), before);
    }

    void householdSharingAPhoneIsCreatedWithARemark()
    {
        addMember(u"Marie"_s, u"Roux"_s, u"0478121212"_s);
        const ImportPlan<Member> planned = plan("Jean,Roux,,04 78 12 12 12\n");
        QCOMPARE(planned.rows.first().kind, ImportRowKind::Create);
        QVERIFY(planned.rows.first().reason.contains(u"Roux Marie"_s));
    }

    void ownExportHeaderMatchesById()
    {
        const QString id = addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        const QByteArray file = "id,last_name,first_name,phone,email,town,archived\n" + id.toUtf8()
            + ",Dupré-Martin,Hélène,+33612345678,h@example.org,Lyon,0\n";
        const ImportPlan<Member> planned = plan(file);
        QCOMPARE(planned.rows.first().kind, ImportRowKind::Match);
        QCOMPARE(planned.rows.first().existingId, id);
        QVERIFY(planned.format.ignoredColumns.contains(u"archived"_s));
    }

    void nothingIsWrittenUntilCommitted()
    {
        addMember(u"Paul"_s, u"Arnaud"_s, u"0700000000"_s);
        const QString before = DatabaseSnapshot::take(store());
        const ImportPlan<Member> planned = plan("Hélène,Dupré,,0612345678\nPaul,Arnaud,paul@example.org,\n,,,\n");
        QCOMPARE(planned.count(ImportRowKind::Create), 1);
        QCOMPARE(planned.count(ImportRowKind::Match), 1);
        QCOMPARE(DatabaseSnapshot::take(store()), before);
    }

    void aStoppedImportWritesNothing()
    {
        QByteArray file;
        for (int i = 0; i < 1000; ++i)
            file += "Prénom" + QByteArray::number(i) + ",Nom,,06" + QByteArray::number(10000000 + i) + "\n";
        const ImportPlan<Member> planned = plan(file);
        const QString before = DatabaseSnapshot::take(store());
        const auto stopped = MemberImport(store()).commit(planned, MatchAction::FillEmptyFields,
                                                          [](int done, int) { return done < 600; });
        QVERIFY(!stopped);
        QVERIFY(stopped.error().message().contains(u"nothing was written"_s));
        QCOMPARE(DatabaseSnapshot::take(store()), before);
    }

    void aFailingRowRollsTheWholeImportBack()
    {
        ImportPlan<Member> planned = plan("Hélène,Dupré,,0612345678\nPaul,Arnaud,,0700000000\n");
        // A match whose member vanished between the plan and the commit.
        planned.rows.last().kind = ImportRowKind::Match;
        planned.rows.last().existingId = u"00000000-0000-4000-8000-000000000000"_s;
        planned.rows.last().filledFields = QStringList{u"email"_s};
        const QString before = DatabaseSnapshot::take(store());
        const auto failed = MemberImport(store()).commit(planned, MatchAction::FillEmptyFields);
        QVERIFY(!failed);
        QVERIFY2(failed.error().message().startsWith(u"Line 2: "_s), qPrintable(failed.error().message()));
        QCOMPARE(DatabaseSnapshot::take(store()), before);
    }

    void windows1252AndSemicolonsFromAnOldSpreadsheet()
    {
        const QByteArray file("Pr\xE9nom;Nom;T\xE9l\xE9phone\r\nH\xE9l\xE8ne;Dupr\xE9;06 12 34 56 78\r\n"
                              "No\xEBl;C\x9Cur;07 00 00 00 01\r\n");
        const ImportPlan<Member> planned = plan(file);
        QCOMPARE(planned.format.encoding, u"Windows-1252"_s);
        QVERIFY(planned.format.hasHeader);
        QCOMPARE(planned.rows.first().record.displayName(), u"Dupré Hélène"_s);
        QCOMPARE(planned.rows.last().record.displayName(), u"Cœur Noël"_s);
    }

    void utf8WithBomAndQuotedLineBreaks()
    {
        const QByteArray file = "\xEF\xBB\xBFPrénom,Nom,Téléphone,Remarques\n"
                                "Hélène,Dupré,0612345678,\"Sans gluten,\nappeler le matin\"\n"
                                "Paul,Arnaud,0700000000,\n";
        const ImportPlan<Member> planned = plan(file);
        QCOMPARE(planned.format.encoding, u"UTF-8 (BOM)"_s);
        QCOMPARE(planned.rows.size(), 2);
        QCOMPARE(planned.rows.first().record.notes, u"Sans gluten,\nappeler le matin"_s);
        QCOMPARE(planned.rows.last().line, 4);
    }

    void raggedRowsAreReadAsFarAsTheyGo()
    {
        const QByteArray file = "Hélène,Dupré,,0612345678\n"                         // 4 of 12 columns
                                "Paul,Arnaud,,0700000000,,,,,,,69002,Lyon,extra,more\n"; // 14 columns
        const ImportPlan<Member> planned = plan(file);
        QCOMPARE(planned.count(ImportRowKind::Create), 2);
        QCOMPARE(planned.rows.last().record.town, u"Lyon"_s);
    }

    void tenThousandRows()
    {
        QByteArray file;
        file.reserve(10000 * 100);
        for (int i = 0; i < 10000; ++i) {
            file += "Prénom" + QByteArray::number(i) + ";Nom" + QByteArray::number(i % 97) + ";";
            if (i % 3)
                file += "p" + QByteArray::number(i) + "@example.org";
            file += ";06 " + QByteArray::number(10000000 + i) + ";;;;;" + QByteArray::number(i) + " rue Longue;;69001;Lyon\n";
        }
        // Ten bad rows among them.
        for (int i = 0; i < 10; ++i)
            file += "Sans;Contact" + QByteArray::number(i) + ";;;;;;;;;;\n";
        const ImportPlan<Member> planned = plan(file);
        QCOMPARE(planned.count(ImportRowKind::Create), 10000);
        QCOMPARE(planned.count(ImportRowKind::Error), 10);
        QCOMPARE(planned.rows.last().line, 10010);
        int reported = 0;
        const auto summary = MemberImport(store()).commit(planned, MatchAction::FillEmptyFields,
                                                          [&](int done, int) { reported = done; return true; });
        QVERIFY(summary);
        QCOMPARE(summary->created, 10000);
        QCOMPARE(summary->errors, 10);
        QCOMPARE(reported, 10010);
        QCOMPARE(everyone().size(), 10000);
    }

    void exportReadsBackInBothDialects_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("RFC 4180") << int(CsvWriter::Dialect::Rfc4180);
        QTest::newRow("French spreadsheet") << int(CsvWriter::Dialect::FrenchSpreadsheet);
    }
    void exportReadsBackInBothDialects()
    {
        QFETCH(int, dialect);
        Member full;
        full.firstName = u"Hélène"_s;
        full.lastName = u"Dupré"_s;
        full.phone = u"0612345678"_s;
        full.partnerFirstName = u"Marc"_s;
        full.partnerPhone = u"0711223344"_s;
        full.address1 = u"2 rue d’Austerlitz"_s;
        full.postcode = u"69004"_s;
        full.town = u"Lyon"_s;
        full.notes = u"Sans gluten; \"bio\",\nappeler le matin"_s;
        full.memberSince = QDate(2024, 9, 1);
        const QString id = MemberService(store()).add(full).value();
        const QString archived = addMember(u"Paul"_s, u"Arnaud"_s, u"0700000000"_s);
        QVERIFY(MemberService(store()).setArchived(archived, true));
        const QString forgotten = addMember(u"Léa"_s, u"Roux"_s, u"0700000001"_s);
        QVERIFY(MemberAnonymiser(store()).anonymise(forgotten));

        const QString path = m_test->folder() + u"/export.csv"_s;
        MemberListRequest everyone;
        everyone.includeArchived = true;
        const auto written = MemberExport(store()).write(path, everyone, CsvWriter::Dialect(dialect));
        QVERIFY(written);
        QCOMPARE(*written, 2); // the anonymised member is left out
        QCOMPARE(MemberExport(store()).write(path + u"2"_s, {}, CsvWriter::Dialect(dialect)).value(), 1);

        const auto planned = MemberImport(store()).planFile(path);
        QVERIFY(planned);
        QVERIFY(planned->format.hasHeader);
        QCOMPARE(planned->count(ImportRowKind::Match), 2);
        QCOMPARE(planned->count(ImportRowKind::Error), 0);
        // The list's order: Arnaud, then Dupré.
        const ImportRow<Member> &row = planned->rows.last();
        QCOMPARE(row.existingId, id);
        QCOMPARE(planned->rows.first().existingId, archived);
        QVERIFY2(row.filledFields.isEmpty(), qPrintable(row.filledFields.join(u',')));
        // Read on its own, the file gives the member back field for field.
        TestStore other;
        const auto fresh = MemberImport(other.store()).planFile(path);
        const Member &back = fresh->rows.last().record;
        QCOMPARE(fresh->rows.last().kind, ImportRowKind::Create);
        QCOMPARE(back.displayName(), u"Dupré Hélène"_s);
        QCOMPARE(back.phone, u"+33612345678"_s);
        QCOMPARE(back.partnerFirstName, u"Marc"_s);
        QCOMPARE(back.partnerPhone, u"+33711223344"_s);
        QCOMPARE(back.address1, u"2 rue d’Austerlitz"_s);
        QCOMPARE(back.postcode, u"69004"_s);
        QCOMPARE(back.notes, full.notes);
        QCOMPARE(back.memberSince, QDate(2024, 9, 1));
    }

    void anEmptyFileIsAnEmptyPlan()
    {
        QCOMPARE(plan(QByteArray()).rows.size(), 0);
        QCOMPARE(plan("\n\n").rows.size(), 0);
    }

    void aMissingFileIsRefused()
    {
        const auto planned = MemberImport(store()).planFile(m_test->folder() + u"/none.csv"_s);
        QVERIFY(!planned);
        QVERIFY(planned.error().message().contains(u"none.csv"_s));
    }
};

QTEST_GUILESS_MAIN(TestMembersImport)
#include "tst_members_import.moc"
