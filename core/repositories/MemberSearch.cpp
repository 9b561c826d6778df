#include "MemberSearch.h"

#include "common/SearchText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QStringList MemberSearch::words(const QString &text)
{
    static const QRegularExpression phoneFragment(u"^[0-9+][0-9 .+-]*$"_s);
    const QString folded = SearchText::fold(text);
    if (phoneFragment.match(folded).hasMatch()) {
        QString digits = folded;
        digits.remove(u' ').remove(u'.').remove(u'-');
        // "+33 6 12" is searched as the national "0612", which every stored phone also holds.
        if (digits.startsWith("+33"_L1) && digits.size() > 3)
            digits = u'0' + digits.mid(3);
        return {digits};
    }
    return folded.split(u' ', Qt::SkipEmptyParts);
}

MemberSearch MemberSearch::of(const QString &text, bool includeArchived)
{
    MemberSearch search;
    search.where = includeArchived ? u"deleted = 0"_s : u"deleted = 0 AND archived = 0"_s;
    // search_text and the words are both folded: a plain substring test, cheaper than LIKE
    // and free of wildcards to escape.
    for (const QString &word : words(text)) {
        search.where += u" AND instr(search_text, ?) > 0"_s;
        search.values.append(word);
    }
    return search;
}
