#include "SearchText.h"

namespace SearchText {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.unicode()) {
        case 0x0153: folded += QLatin1String("oe"); break; // œ
        case 0x0152: folded += QLatin1String("oe"); break; // Œ
        case 0x00E6: folded += QLatin1String("ae"); break; // æ
        case 0x00C6: folded += QLatin1String("ae"); break; // Æ
        case 0x00DF: folded += QLatin1String("ss"); break; // ß
        case 0x2019: folded += u'\''; break;             // ’
        default: folded += c.toLower();
        }
    }
    return folded.simplified();
}

}
