#include "store/SqlScript.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSqlScript : public QObject {
    Q_OBJECT

private slots:
    void splitsOnSemicolons()
    {
        const QStringList statements = SqlScript::split(u"CREATE TABLE a (x);\nCREATE TABLE b (y);\n"_s);
        QCOMPARE(statements, QStringList({u"CREATE TABLE a (x)"_s, u"CREATE TABLE b (y)"_s}));
    }

    void keepsTriggerBodiesWhole()
    {
        const QString script = uR"(CREATE TABLE t (x);
CREATE TRIGGER t_log AFTER INSERT ON t BEGIN
    INSERT INTO log VALUES (new.x);
    UPDATE t SET x = CASE WHEN x > 1 THEN 1 ELSE 0 END;
END;
SELECT 1;)"_s;
        const QStringList statements = SqlScript::split(script);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).startsWith(u"CREATE TRIGGER"_s));
        QVERIFY(statements.at(1).endsWith(u"END"_s));
        QVERIFY(statements.at(1).contains(u"INSERT INTO log"_s));
    }

    void ignoresSemicolonsInStringsAndComments()
    {
        const QString script = u"INSERT INTO t VALUES ('a;b', 'it''s; here'); -- a comment; still\n"
                               "/* block; comment */ SELECT \"odd;name\" FROM t;"_s;
        const QStringList statements = SqlScript::split(script);
        QCOMPARE(statements.size(), 2);
        QCOMPARE(statements.at(0), u"INSERT INTO t VALUES ('a;b', 'it''s; here')"_s);
        QVERIFY(statements.at(1).endsWith(u"SELECT \"odd;name\" FROM t"_s));
    }

    void dropsEmptyStatements()
    {
        QCOMPARE(SqlScript::split(u" ;; -- nothing\n ; "_s), QStringList());
    }

    void wordsContainingEndDoNotCloseBlocks()
    {
        const QStringList statements = SqlScript::split(
            u"CREATE TRIGGER x AFTER UPDATE ON t BEGIN UPDATE t SET legend = 1, ending = 2; END; SELECT 2;"_s);
        QCOMPARE(statements.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
