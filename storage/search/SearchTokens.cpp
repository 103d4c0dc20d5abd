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

// The letters and digits of text, normalised as words are: one whole-value token's text.
QString wholeValue(QStringView text)
{
    QString out;
    // Numbers are ASCII almost always, and NFKC leaves ASCII alone.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
        out.reserve(text.size());
        for (QChar c : text) {
            if (c.isLetterOrNumber())
                out.append(c.toLower());
        }
        return out;
    }
    const QList<uint> codePoints = text.toString().normalized(QString::NormalizationForm_KC).toLower().toUcs4();
    for (uint cp : codePoints) {
        if (QChar::isLetterOrNumber(cp))
            out.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1));
    }
    return out;
}

bool isDigits(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// 13812345678 for 8613812345678 or 008613812345678 (a mobile with its country code), else empty.
QString nationalMobile(const QString &value)
{
    if (!isDigits(value))
        return {};
    if (value.size() == 13 && value.startsWith(QLatin1String("861")))
        return value.mid(2);
    if (value.size() == 15 && value.startsWith(QLatin1String("00861")))
        return value.mid(4);
    return {};
}

void appendWholeToken(const QString &value, QString &out)
{
    if (!out.isEmpty())
        out.append(QLatin1Char(' '));
    out.append(QChar(SearchTokens::WholeValueMarker));
    out.append(value);
}

// Whole-value tokens of a masked field, one per line. A mainland mobile written with its
// country code (+86 / 0086) also answers to the number without it.
void appendWholeTokens(const QString &field, QString &out)
{
    for (QStringView line : QStringView(field).split(u'\n')) {
        const QString value = wholeValue(line);
        if (value.isEmpty())
            continue;
        appendWholeToken(value, out);
        if (const QString national = nationalMobile(value); !national.isEmpty())
            appendWholeToken(national, out);
    }
}

bool hasDigit(const QList<uint> &word)
{
    return std::any_of(word.cbegin(), word.cend(), [](uint cp) { return QChar::isDigit(cp); });
}

QString wholeTerm(const QString &value)
{
    const QString term = QStringLiteral("\"") + QChar(SearchTokens::WholeValueMarker) + value + QLatin1Char('"');
    const QString national = nationalMobile(value);
    return national.isEmpty() ? term : term + QStringLiteral(" OR ") + wholeTerm(national);
}

} // namespace

QString SearchTokens::forEntry(const QStringList &fields, qsizetype maskedFrom)
{
    QString out = forFields(maskedFrom < fields.size() ? fields.first(maskedFrom) : fields);
    for (qsizetype i = maskedFrom; i < fields.size(); ++i)
        appendWholeTokens(fields.at(i), out);
    return out;
}

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
    QString whole;
    bool allHaveDigits = true;
    const QList<QList<uint>> words = splitWords(userText);
    for (const QList<uint> &word : words) {
        QString tokens;
        appendTokens(word, tokens);
        QString term;
        if (word.size() == 1) {
            term = QLatin1Char('"') + tokens + QStringLiteral("\"*");
        } else {
            // The bigrams without the trailing single character form the phrase.
            tokens.truncate(tokens.lastIndexOf(QLatin1Char(' ')));
            term = QLatin1Char('"') + tokens + QLatin1Char('"');
        }
        const QString text = QString::fromUcs4(reinterpret_cast<const char32_t *>(word.constData()), word.size());
        whole += text;
        // A word with a digit may be a masked field's full value.
        if (!hasDigit(word))
            allHaveDigits = false;
        else
            term = QLatin1Char('(') + term + QStringLiteral(" OR ") + wholeTerm(text) + QLatin1Char(')');
        terms.append(term);
    }
    // Words contain only letters and digits, so they need no escaping inside the quotes.
    QString expression = terms.join(QStringLiteral(" AND "));
    // A full number typed with spaces ("138 1234 5678") is its words together.
    if (allHaveDigits && words.size() > 1)
        expression = QLatin1Char('(') + expression + QStringLiteral(") OR ") + wholeTerm(whole);
    return expression;
}

} // namespace hrdesk::search
