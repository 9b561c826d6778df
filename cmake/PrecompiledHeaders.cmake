# Parsing Qt's headers is most of what a Comptoir file costs to compile: each target parses the
# ones it uses everywhere once, in a precompiled header. The test executables share two of them
# (with and without widgets) through REUSE_FROM, so forty tests do not parse Qt forty times.
option(COMPTOIR_PCH "Precompile the common Qt headers" ON)

set(comptoir_pch_core
    <QCoreApplication> <QDate> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject>
    <QList> <QMap> <QSet> <QSqlDatabase> <QSqlError> <QSqlQuery> <QString> <QStringList> <QTime>
    <QTimeZone> <QVariant> <functional> <memory> <optional> <variant>)
set(comptoir_pch_ui ${comptoir_pch_core}
    <QAbstractTableModel> <QAction> <QApplication> <QBoxLayout> <QCheckBox> <QComboBox> <QDialog>
    <QDialogButtonBox> <QFormLayout> <QHeaderView> <QLabel> <QLineEdit> <QMenu> <QPushButton>
    <QTableView> <QWidget>)
set(comptoir_pch_test_core ${comptoir_pch_core} <QTest> <QTemporaryDir>)
set(comptoir_pch_test_ui ${comptoir_pch_ui} <QTest> <QTemporaryDir>)

# comptoir_precompile(TARGET core|ui|test_core|test_ui)
function(comptoir_precompile target kind)
    if(COMPTOIR_PCH)
        target_precompile_headers(${target} PRIVATE ${comptoir_pch_${kind}})
    endif()
endfunction()

# comptoir_reuse_precompiled(TARGET DONOR): TARGET compiles with DONOR's precompiled header, which
# needs the same compile flags and definitions (the test donors link what their tests link).
function(comptoir_reuse_precompiled target donor)
    if(COMPTOIR_PCH)
        target_precompile_headers(${target} REUSE_FROM ${donor})
    endif()
endfunction()
