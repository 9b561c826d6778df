// Dependencies point down only (docs/ARCHITECTURE.md, "The picture"), read from the #include
// lines of core/, ui/ and app/: core never includes a widget or ui/; a core folder never includes
// a higher one; ui reaches the data only through services and queries, never store/ (Store.h, the
// handle it passes to them, excepted) nor Qt SQL; an area of ui never includes another area, and
// only the shell includes the areas; the command-line tool never includes ui/.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

namespace {

// Core's folders, lowest first: a folder may include its own and lower ones only.
const QStringList coreLayers = {
    QStringLiteral("common"),   QStringLiteral("domain"),  QStringLiteral("i18n"),
    QStringLiteral("rules"),    QStringLiteral("store"),   QStringLiteral("repositories"),
    QStringLiteral("queries"),  QStringLiteral("orders"),  QStringLiteral("csv"),
    QStringLiteral("sync"),     QStringLiteral("services"), QStringLiteral("demo"),
};

// ui's folders: shared parts, then the areas (which never include one another), then the shell.
const QStringList uiShared = {QStringLiteral("widgets"), QStringLiteral("workspace"), QStringLiteral("import")};
const QStringList uiAreas = {QStringLiteral("members"), QStringLiteral("distributions"),
                             QStringLiteral("catalogues"), QStringLiteral("orders")};
const QString uiShell = QStringLiteral("shell");

// The one header of store/ that ui may include: the handle it passes to services.
const QString storeHandle = QStringLiteral("store/Store.h");

struct Include {
    QString file;   // relative to the source root: "ui/members/MembersView.cpp"
    int line = 0;
    QString target; // as written: "store/Store.h", "QSqlQuery"
    bool angled = false;
};

QList<Include> includesUnder(const QString &root, const QString &top)
{
    static const QRegularExpression includeLine(QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"));
    QList<Include> found;
    QDirIterator it(root + QLatin1Char('/') + top, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        QTextStream in(&file);
        int number = 0;
        while (!in.atEnd()) {
            const QString text = in.readLine();
            ++number;
            const auto match = includeLine.match(text);
            if (match.hasMatch())
                found.append({QDir(root).relativeFilePath(path), number, match.captured(2),
                              match.captured(1) == QLatin1String("<")});
        }
    }
    return found;
}

// The folder a quoted include names ("store" for "store/Store.h"), empty for one of its own folder.
QString folderOf(const QString &target)
{
    const qsizetype slash = target.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : target.left(slash);
}

QString folderOfFile(const QString &file, int depth)
{
    return file.section(QLatin1Char('/'), depth, depth);
}

bool isWidgetHeader(const QString &target)
{
    static const QString widgetHeaders = QLibraryInfo::path(QLibraryInfo::HeadersPath) + QStringLiteral("/QtWidgets/");
    if (target.startsWith(QLatin1String("QtWidgets")) || target.startsWith(QLatin1String("QtPrintSupport")))
        return true;
    return !target.contains(QLatin1Char('/')) && QFile::exists(widgetHeaders + target);
}

bool isSqlHeader(const QString &target)
{
    return target.startsWith(QLatin1String("QSql")) || target.startsWith(QLatin1String("QtSql"));
}

QString describe(const Include &include, const QString &why)
{
    return QStringLiteral("%1:%2: #include %3 — %4")
        .arg(include.file)
        .arg(include.line)
        .arg(include.angled ? QLatin1Char('<') + include.target + QLatin1Char('>')
                            : QLatin1Char('"') + include.target + QLatin1Char('"'))
        .arg(why);
}

QStringList coreViolations(const QList<Include> &includes)
{
    QStringList found;
    for (const Include &include : includes) {
        const QString from = folderOfFile(include.file, 1);
        if (include.angled) {
            if (isWidgetHeader(include.target))
                found << describe(include, QStringLiteral("core never includes a widget"));
            continue;
        }
        const QString to = folderOf(include.target);
        if (to.isEmpty())
            continue;
        const qsizetype fromRank = coreLayers.indexOf(from);
        const qsizetype toRank = coreLayers.indexOf(to);
        if (toRank < 0)
            found << describe(include, QStringLiteral("core includes only core's folders"));
        else if (fromRank < 0)
            found << describe(include, QStringLiteral("%1/ is not a known core folder").arg(from));
        else if (toRank > fromRank)
            found << describe(include, QStringLiteral("%1/ is below %2/").arg(from, to));
    }
    return found;
}

// Whether a quoted include names a file of ui/ rather than of core/ (both are on the include
// path; "orders/…" is either): the file that exists, else by the folder's name.
bool namesUiFile(const QString &root, const QString &target)
{
    if (QFile::exists(root + QStringLiteral("/ui/") + target))
        return true;
    if (QFile::exists(root + QStringLiteral("/core/") + target))
        return false;
    return !coreLayers.contains(folderOf(target));
}

QStringList uiViolations(const QString &root, const QList<Include> &includes)
{
    QStringList found;
    for (const Include &include : includes) {
        const QString from = folderOfFile(include.file, 1);
        if (include.angled) {
            if (isSqlHeader(include.target))
                found << describe(include, QStringLiteral("ui reads data through core, never Qt SQL"));
            continue;
        }
        const QString to = folderOf(include.target);
        if (to.isEmpty() || to == from)
            continue;
        if (!namesUiFile(root, include.target)) {
            if (to == QLatin1String("store") && include.target != storeHandle)
                found << describe(include, QStringLiteral("ui includes nothing of store/ but the Store handle"));
        } else if (to == uiShell) {
            found << describe(include, QStringLiteral("only app/desktop includes the shell"));
        } else if (uiAreas.contains(to)) {
            if (from != uiShell)
                found << describe(include, QStringLiteral("only the shell includes an area"));
        } else if (uiShared.contains(from) && uiShared.indexOf(to) > uiShared.indexOf(from)) {
            found << describe(include, QStringLiteral("%1/ is below %2/").arg(from, to));
        }
    }
    return found;
}

QStringList appViolations(const QString &root, const QList<Include> &includes)
{
    QStringList found;
    for (const Include &include : includes) {
        if (folderOfFile(include.file, 1) != QLatin1String("cli"))
            continue;
        const bool reachesUi = include.angled ? isWidgetHeader(include.target)
                                              : !folderOf(include.target).isEmpty() && namesUiFile(root, include.target)
                                                    && !QFile::exists(root + QStringLiteral("/app/cli/") + include.target);
        if (reachesUi)
            found << describe(include, QStringLiteral("comptoir-cli never includes ui/ or a widget"));
    }
    return found;
}

QStringList violationsIn(const QString &root)
{
    return coreViolations(includesUnder(root, QStringLiteral("core")))
           + uiViolations(root, includesUnder(root, QStringLiteral("ui")))
           + appViolations(root, includesUnder(root, QStringLiteral("app")));
}

void writeFile(const QString &root, const QString &path, const QString &text)
{
    QDir(root).mkpath(QFileInfo(path).path());
    QFile file(root + QLatin1Char('/') + path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
    file.write(text.toUtf8());
}

} // namespace

class TestLayering : public QObject {
    Q_OBJECT

private slots:
    void theSourcesPointDownOnly()
    {
        const QStringList found = violationsIn(QStringLiteral(COMPTOIR_SOURCE_DIR));
        if (!found.isEmpty())
            qWarning().noquote() << found.join(QLatin1Char('\n'));
        QCOMPARE(found.size(), 0);
    }

    void theRulesSeeEverySourceFile()
    {
        // A checker that reads nothing passes everything.
        const QString root = QStringLiteral(COMPTOIR_SOURCE_DIR);
        QVERIFY(includesUnder(root, QStringLiteral("core")).size() > 500);
        QVERIFY(includesUnder(root, QStringLiteral("ui")).size() > 300);
        QVERIFY(includesUnder(root, QStringLiteral("app")).size() > 50);
    }

    void aWrongIncludeIsReported_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("include");
        QTest::addColumn<QString>("reason");
        QTest::newRow("core includes ui") << "core/services/A.cpp" << "#include \"members/MembersView.h\"" << "core includes only core's folders";
        QTest::newRow("core includes a widget") << "core/domain/A.h" << "#include <QLineEdit>" << "core never includes a widget";
        QTest::newRow("core includes QtWidgets") << "core/domain/A.h" << "#include <QtWidgets/QWidget>" << "core never includes a widget";
        QTest::newRow("store includes sync") << "core/store/A.h" << "#include \"sync/Pusher.h\"" << "store/ is below sync/";
        QTest::newRow("orders includes services") << "core/orders/A.cpp" << "#include \"services/GroupService.h\"" << "orders/ is below services/";
        QTest::newRow("repositories include orders") << "core/repositories/A.h" << "#include \"orders/BasketSave.h\"" << "repositories/ is below orders/";
        QTest::newRow("domain includes store") << "core/domain/A.h" << "#include \"store/Query.h\"" << "domain/ is below store/";
        QTest::newRow("ui includes the database") << "ui/members/A.cpp" << "#include \"store/Database.h\"" << "ui includes nothing of store/ but the Store handle";
        QTest::newRow("ui includes Qt SQL") << "ui/orders/A.cpp" << "#include <QSqlQuery>" << "ui reads data through core, never Qt SQL";
        QTest::newRow("an area includes another") << "ui/members/A.cpp" << "#include \"distributions/DistributionsView.h\"" << "only the shell includes an area";
        QTest::newRow("an area includes the shell") << "ui/catalogues/A.cpp" << "#include \"shell/MainWindow.h\"" << "only app/desktop includes the shell";
        QTest::newRow("a shared part includes an area") << "ui/widgets/A.cpp" << "#include \"members/MemberDialog.h\"" << "only the shell includes an area";
        QTest::newRow("widgets include workspace") << "ui/widgets/A.cpp" << "#include \"workspace/Workspace.h\"" << "widgets/ is below workspace/";
        QTest::newRow("the CLI includes ui") << "app/cli/A.cpp" << "#include \"shell/MainWindow.h\"" << "comptoir-cli never includes ui/ or a widget";
        QTest::newRow("the CLI includes a widget") << "app/cli/A.cpp" << "#include <QMessageBox>" << "comptoir-cli never includes ui/ or a widget";
    }

    void aWrongIncludeIsReported()
    {
        QFETCH(QString, file);
        QFETCH(QString, include);
        QFETCH(QString, reason);
        QTemporaryDir root;
        writeFile(root.path(), file, QStringLiteral("#pragma once\n\n%1\n").arg(include));
        const QStringList found = violationsIn(root.path());
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().startsWith(file + QStringLiteral(":3: ")), qPrintable(found.first()));
        QVERIFY2(found.first().endsWith(reason), qPrintable(found.first()));
    }

    void aRightIncludeIsNotReported_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("include");
        QTest::newRow("services include repositories") << "core/services/A.cpp" << "#include \"repositories/MemberRepository.h\"";
        QTest::newRow("orders include queries") << "core/orders/A.cpp" << "#include \"queries/OrderEntryOffer.h\"";
        QTest::newRow("own folder") << "core/store/A.cpp" << "#include \"Database.h\"";
        QTest::newRow("ui passes the Store") << "ui/members/A.cpp" << "#include \"store/Store.h\"";
        QTest::newRow("ui calls services") << "ui/members/A.cpp" << "#include \"services/MemberService.h\"";
        QTest::newRow("an area uses core's orders") << "ui/members/A.cpp" << "#include \"orders/QuantityText.h\"";
        QTest::newRow("an area uses the workspace") << "ui/members/A.cpp" << "#include \"workspace/Workspace.h\"";
        QTest::newRow("the shell includes an area") << "ui/shell/A.cpp" << "#include \"members/MembersView.h\"";
        QTest::newRow("the CLI opens the store") << "app/cli/A.cpp" << "#include \"store/Store.h\"";
        QTest::newRow("Qt core in core") << "core/domain/A.h" << "#include <QString>";
    }

    void aRightIncludeIsNotReported()
    {
        QFETCH(QString, file);
        QFETCH(QString, include);
        QTemporaryDir root;
        writeFile(root.path(), file, QStringLiteral("%1\n").arg(include));
        QCOMPARE(violationsIn(root.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
