#include "storage/search/SearchTokens.h"

#include "storage/search/PinyinInitials.h"

#include <algorithm>

namespace hrdesk::search {

namespace {

bool separatesWords(char32_t c)
{
    return QChar::isSpace(c) || c == U',' || c == U';' || c == U'/' || c == U'\u3001' || c == U'\uff0c'
        || c == U'\uff1b';
}

// Appends the bigrams of word (code points) and its last character.
void appendTokens(const QList<uint> &word, QString &out)
{
    auto append = [&out](uint cp) { out.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1)); };
    for (qsizetype i = 0; i + 1 < word.size(); ++i) {
        if (!out.isEmpty())
            out.append(QLatin1Char(' '));
        append(word[i]);
        append(word[i + 1]);
    }
    if (!word.isEmpty()) {
        if (!out.isEmpty())
            out.append(QLatin1Char(' '));
        append(word.constLast());
    }
}

QList<QList<uint>> splitWords(QStringView text)
{
    QList<QList<uint>> result;
    QList<uint> current;
    const QList<uint> codePoints = text.toString().normalized(QString::NormalizationForm_KC).toLower().toUcs4();
    for (uint cp : codePoints) {
        if (separatesWords(cp)) {
            if (!current.isEmpty())
                result.append(current);
            current.clear();
        } else if (QChar::isLetterOrNumber(cp)) {
            current.append(cp);
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

} // namespace

QStringList SearchTokens::words(QStringView text)
{
    QStringList out;
    for (const QList<uint> &word : splitWords(text))
        out.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(word.constData()), word.size()));
    return out;
}

QString SearchTokens::forFields(const QStringList &fields)
{
    QString out;
    for (const QString &field : fields) {
        for (const QList<uint> &word : splitWords(field))
            appendTokens(word, out);
    }
    if (!fields.isEmpty()) {
        // Initials only add something when the name has Chinese characters.
        const QList<uint> name = fields.constFirst().toUcs4();
        const bool hasHan = std::any_of(name.cbegin(), name.cend(),
                                        [](uint cp) { return PinyinInitials::initialOf(cp) != 0; });
        if (hasHan)
            appendTokens(PinyinInitials::of(fields.constFirst()).toUcs4(), out);
    }
    return out;
}

QString SearchTokens::matchExpression(QStringView userText)
{
    QStringList terms;
    for (const QList<uint> &word : splitWords(userText)) {
        QString tokens;
        appendTokens(word, tokens);
        if (word.size() == 1) {
            terms.append(QLatin1Char('"') + tokens + QStringLiteral("\"*"));
            continue;
        }
        // The bigrams without the trailing single character form the phrase.
        tokens.truncate(tokens.lastIndexOf(QLatin1Char(' ')));
        terms.append(QLatin1Char('"') + tokens + QLatin1Char('"'));
    }
    // Words contain only letters and digits, so they need no escaping inside the quotes.
    return terms.join(QStringLiteral(" AND "));
}

} // namespace hrdesk::search
