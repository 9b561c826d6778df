// The member commands of the command-line contract, driven through the real comptoir-cli:
// add (duplicates exit 3 unless --force), show, import (plan, strict, dry run), export, archive,
// erase, merge and anonymise.
#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliMembers : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_databases = 0;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    // A new, empty group in its own file.
    CliRunner freshGroup()
    {
        return CliRunner::withNewGroup(file(u"group%1.db"_s.arg(++m_databases)), u"Marché test"_s, u"Camille"_s);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile out(file(name));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return out.fileName();
    }

    static QString add(const CliRunner &cli, const QStringList &options)
    {
        const CliRun run = cli.run(QStringList{u"member"_s, u"add"_s} + options);
        if (run.exitCode != 0)
            qFatal("member add failed: %s", qPrintable(run.err));
        return run.lastLine();
    }

    static QList<QStringList> members(const CliRunner &cli, bool archived = false)
    {
        QStringList arguments{u"member"_s, u"list"_s, u"--format"_s, u"csv"_s};
        if (archived)
            arguments.append(u"--archived"_s);
        return cli.run(arguments).csv();
    }

private slots:
    void addPrintsTheIdOfAPhoneOnlyMember()
    {
        const CliRunner cli = freshGroup();
        const CliRun run = cli.run({u"member"_s, u"add"_s, u"--first-name"_s, u"Josiane"_s, u"--last-name"_s,
                                    u"Masson"_s, u"--phone"_s, u"04 78 12 34 56"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(CliRun::isId(run.lastLine()), qPrintable(run.out));
        const QList<QStringList> list = members(cli);
        QCOMPARE(list.size(), 2);
        const QStringList header = list.first();
        QCOMPARE(list.at(1).at(header.indexOf(u"id"_s)), run.lastLine());
        QCOMPARE(list.at(1).at(header.indexOf(u"phone"_s)), u"+33478123456"_s);
        QCOMPARE(list.at(1).at(header.indexOf(u"email"_s)), QString());

        const CliRun shown = cli.run({u"member"_s, u"show"_s, run.lastLine()});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains(u"Masson Josiane"_s));
        QVERIFY(shown.out.contains(u"04 78 12 34 56"_s));
        QVERIFY(shown.out.contains(u"none (reached by telephone)"_s));
    }

    void addingADuplicateExitsThreeNamingTheExistingMember_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("same phone, written otherwise")
            << QStringList{u"--first-name"_s, u"Marc"_s, u"--last-name"_s, u"Vidal"_s, u"--phone"_s, u"+33 6 12 34 56 78"_s};
        QTest::newRow("same e-mail in capitals")
            << QStringList{u"--first-name"_s, u"H"_s, u"--last-name"_s, u"Martin"_s, u"--email"_s, u"HELENE@example.org"_s};
        QTest::newRow("same name without accents")
            << QStringList{u"--first-name"_s, u"helene"_s, u"--last-name"_s, u"dupre"_s, u"--phone"_s, u"0799999999"_s};
    }
    void addingADuplicateExitsThreeNamingTheExistingMember()
    {
        QFETCH(QStringList, options);
        const CliRunner cli = freshGroup();
        const QString existing = add(cli, {u"--first-name"_s, u"Hélène"_s, u"--last-name"_s, u"Dupré"_s, u"--phone"_s,
                                           u"06.12.34.56.78"_s, u"--email"_s, u"helene@example.org"_s});
        const CliRun refused = cli.run(QStringList{u"member"_s, u"add"_s} + options);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(u"Dupré Hélène"_s), qPrintable(refused.err));
        QVERIFY(refused.err.contains(existing));
        QVERIFY(refused.err.contains(u"--force"_s));
        QCOMPARE(refused.out, QString());
        QCOMPARE(members(cli).size(), 2);

        const CliRun forced = cli.run(QStringList{u"member"_s, u"add"_s} + options + QStringList{u"--force"_s});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(CliRun::isId(forced.lastLine()));
        QCOMPARE(members(cli).size(), 3);
    }

    void addRefusesBadInputWithExitOne_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << QStringList{u"--phone"_s, u"0612345678"_s} << u"name"_s;
        QTest::newRow("no way to reach") << QStringList{u"--last-name"_s, u"Dupré"_s} << u"phone number or an e-mail"_s;
        QTest::newRow("bad e-mail") << QStringList{u"--last-name"_s, u"Dupré"_s, u"--email"_s, u"helene@"_s}
                                    << u"is not valid"_s;
        QTest::newRow("bad phone") << QStringList{u"--last-name"_s, u"Dupré"_s, u"--phone"_s, u"12"_s}
                                   << u"not a telephone number"_s;
    }
    void addRefusesBadInputWithExitOne()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const CliRunner cli = freshGroup();
        const CliRun run = cli.run(QStringList{u"member"_s, u"add"_s} + options);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(members(cli).size(), 1);
    }

    void importReportsCreatedMatchedAndErrors()
    {
        const CliRunner cli = freshGroup();
        const QString helene = add(cli, {u"--first-name"_s, u"Hélène"_s, u"--last-name"_s, u"Dupré"_s, u"--phone"_s,
                                         u"0612345678"_s});
        // Cagette's layout, semicolons, Windows-1252 (é as one byte).
        const QString path = writeFile(u"cagette.csv"_s,
                                       "H\xE9l\xE8ne;Dupr\xE9;helene@example.org;;;;;;2 rue Longue;;69004;Lyon\r\n"
                                       "Josiane;Masson;;04 78 12 34 56;;;;;;;;\r\n"
                                       ";;nobody@example.org;;;;;;;;;\r\n"
                                       "Paul;Arnaud;paul@;;;;;;;;;\r\n"
                                       "Marc;Vidal;;;;;;;;;;\r\n");
        const CliRun run = cli.run({u"member"_s, u"import"_s, path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lastLine(), u"created 1, matched 1, errors 3"_s);
        const QStringList errors = run.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(errors.size(), 3);
        QVERIFY(errors.at(0).startsWith(u"line 3: No name"_s));
        QVERIFY(errors.at(1).startsWith(u"line 4: "_s) && errors.at(1).contains(u"“paul@” is not valid"_s));
        QVERIFY(errors.at(2).startsWith(u"line 5: No phone number"_s));

        // The matched member took only what they lacked.
        const CliRun shown = cli.run({u"member"_s, u"show"_s, helene});
        QVERIFY(shown.out.contains(u"helene@example.org"_s));
        QVERIFY(shown.out.contains(u"69004 Lyon"_s));
        QVERIFY(shown.out.contains(u"06 12 34 56 78"_s));
        QCOMPARE(members(cli).size(), 3);

        // The same file again creates nobody.
        const CliRun again = cli.run({u"member"_s, u"import"_s, path});
        QCOMPARE(again.lastLine(), u"created 0, matched 2, errors 3"_s);
        QCOMPARE(members(cli).size(), 3);
    }

    void importDryRunAndStrictWriteNothing()
    {
        const CliRunner cli = freshGroup();
        const QString path = writeFile(u"mixed.csv"_s,
                                       "Prénom,Nom,Téléphone\nJosiane,Masson,0478123456\nMarc,Vidal,\n");
        const CliRun dry = cli.run({u"member"_s, u"import"_s, path, u"--dry-run"_s});
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(dry.lastLine(), u"created 1, matched 0, errors 1"_s);
        QVERIFY(dry.err.contains(u"line 3: "_s));
        QCOMPARE(members(cli).size(), 1);

        const CliRun strict = cli.run({u"member"_s, u"import"_s, path, u"--strict"_s});
        QCOMPARE(strict.exitCode, 1);
        QVERIFY(strict.err.contains(u"line 3: "_s));
        QVERIFY(strict.err.contains(u"--strict"_s));
        QCOMPARE(members(cli).size(), 1);

        const QString clean = writeFile(u"clean.csv"_s, "Prénom,Nom,Téléphone\nJosiane,Masson,0478123456\n");
        const CliRun fine = cli.run({u"member"_s, u"import"_s, clean, u"--strict"_s});
        QCOMPARE(fine.exitCode, 0);
        QCOMPARE(fine.lastLine(), u"created 1, matched 0, errors 0"_s);
        QCOMPARE(members(cli).size(), 2);
    }

    void importOfAMissingFileIsRefused()
    {
        const CliRunner cli = freshGroup();
        const CliRun run = cli.run({u"member"_s, u"import"_s, file(u"absent.csv"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"absent.csv"_s));
        const CliRun usage = cli.run({u"member"_s, u"import"_s});
        QCOMPARE(usage.exitCode, 2);
    }

    void exportWritesAFileThatImportsBack()
    {
        const CliRunner cli = freshGroup();
        add(cli, {u"--first-name"_s, u"Hélène"_s, u"--last-name"_s, u"Dupré"_s, u"--phone"_s, u"0612345678"_s,
                  u"--notes"_s, u"Sans gluten, \"bio\"\nAppeler le matin"_s});
        add(cli, {u"--first-name"_s, u"Paul"_s, u"--last-name"_s, u"Arnaud"_s, u"--email"_s, u"paul@example.org"_s});
        for (const QString &format : {u"csv"_s, u"spreadsheet"_s}) {
            const QString path = file(u"export-"_s + format + u".csv"_s);
            const CliRun run = cli.run({u"member"_s, u"export"_s, path, u"--format"_s, format});
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.lastLine(), u"exported 2 member(s)"_s);
            QFile written(path);
            QVERIFY(written.open(QIODevice::ReadOnly));
            const QByteArray bytes = written.readAll();
            if (format == u"csv"_s) {
                QVERIFY(bytes.startsWith("id,last_name,first_name,phone,email,"));
                QVERIFY(bytes.contains("+33612345678"));
            } else {
                QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
                QVERIFY(bytes.contains("06 12 34 56 78"));
            }
            const CliRun back = cli.run({u"member"_s, u"import"_s, path});
            QCOMPARE(back.lastLine(), u"created 0, matched 2, errors 0"_s);
        }
        QCOMPARE(cli.run({u"member"_s, u"export"_s, file(u"x.csv"_s), u"--format"_s, u"xml"_s}).exitCode, 2);
    }

    void mergeKeepsOneRecordWithBoth()
    {
        const CliRunner cli = freshGroup();
        const QString kept = add(cli, {u"--first-name"_s, u"Hélène"_s, u"--last-name"_s, u"Dupré"_s, u"--phone"_s,
                                       u"0612345678"_s});
        const QString duplicate = add(cli, {u"--first-name"_s, u"helene"_s, u"--last-name"_s, u"dupre"_s, u"--email"_s,
                                            u"helene@example.org"_s, u"--force"_s});
        const CliRun dry = cli.run({u"member"_s, u"merge"_s, kept, duplicate, u"--dry-run"_s});
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(members(cli).size(), 3);
        const CliRun run = cli.run({u"member"_s, u"merge"_s, kept, duplicate});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"moved 0, combined 0, dropped 0"_s));
        QVERIFY(run.out.contains(u"filled email"_s));
        QCOMPARE(run.lastLine(), kept);
        const QList<QStringList> list = members(cli);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).at(list.first().indexOf(u"email"_s)), u"helene@example.org"_s);
        QCOMPARE(cli.run({u"member"_s, u"show"_s, duplicate}).exitCode, 1);
        QCOMPARE(cli.run({u"member"_s, u"merge"_s, kept}).exitCode, 2);
        QCOMPARE(cli.run({u"member"_s, u"merge"_s, kept, kept}).exitCode, 1);
    }

    void anonymisedMemberIsAFormerMember()
    {
        const CliRunner cli = freshGroup();
        const QString id = add(cli, {u"--first-name"_s, u"Hélène"_s, u"--last-name"_s, u"Dupré"_s, u"--phone"_s,
                                     u"0612345678"_s});
        const CliRun run = cli.run({u"member"_s, u"anonymise"_s, id});
        QCOMPARE(run.exitCode, 0);
        const CliRun shown = cli.run({u"member"_s, u"show"_s, id});
        QVERIFY(shown.out.startsWith(u"Former member"_s));
        QVERIFY(!shown.out.contains(u"Dupré"_s));
        QVERIFY(!shown.out.contains(u"06 12"_s));
        QCOMPARE(members(cli).size(), 1);
        // Nobody by that phone is left: a newcomer with it is no duplicate.
        QCOMPARE(cli.run({u"member"_s, u"add"_s, u"--last-name"_s, u"Roux"_s, u"--phone"_s, u"0612345678"_s}).exitCode, 0);
    }

    void archiveEraseAndRestore()
    {
        CliRunner demo(file(u"demo.db"_s));
        demo.setNow(CliRunner::fixedNow());
        QCOMPARE(demo.run({u"demo"_s}).exitCode, 0);
        // A member of the demo with orders: never erased, archived instead.
        const QList<QStringList> list = members(demo);
        const int idColumn = list.first().indexOf(u"id"_s);
        QString withOrders;
        for (qsizetype row = 1; row < list.size() && withOrders.isEmpty(); ++row) {
            const CliRun shown = demo.run({u"member"_s, u"show"_s, list.at(row).at(idColumn)});
            if (shown.out.contains(u"order(s)"_s))
                withOrders = list.at(row).at(idColumn);
        }
        QVERIFY(!withOrders.isEmpty());
        const CliRun erase = demo.run({u"member"_s, u"erase"_s, withOrders});
        QCOMPARE(erase.exitCode, 1);
        QVERIFY(erase.err.contains(u"archive"_s));
        QCOMPARE(demo.run({u"member"_s, u"archive"_s, withOrders}).exitCode, 0);
        QCOMPARE(members(demo).size(), list.size() - 1);
        QCOMPARE(members(demo, true).size(), list.size());
        QCOMPARE(demo.run({u"member"_s, u"archive"_s, withOrders, u"--restore"_s}).exitCode, 0);
        QCOMPARE(members(demo).size(), list.size());

        const CliRunner cli = freshGroup();
        const QString id = add(cli, {u"--last-name"_s, u"Passant"_s, u"--phone"_s, u"0699887766"_s});
        QCOMPARE(cli.run({u"member"_s, u"erase"_s, id}).exitCode, 0);
        QCOMPARE(cli.run({u"member"_s, u"show"_s, id}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliMembers)
#include "tst_cli_members.moc"
