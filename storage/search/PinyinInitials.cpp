#include "storage/search/PinyinInitials.h"

#include <QHash>
#include <QMutex>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <array>
#include <atomic>
#include <memory>

namespace hrdesk::search {

namespace {

// CJK Unified Ideographs Extension A and the main block: every everyday name character. Rarer
// blocks (Extension B and later) go through a locked hash instead.
constexpr char32_t FirstCached = 0x3400;
constexpr char32_t LastCached = 0x9FFF;
// Cache cell values besides a letter.
constexpr char Unknown = 0;
constexpr char NoInitial = 1;

struct Cache
{
    std::array<std::atomic<char>, LastCached - FirstCached + 1> cells{};
    QMutex mutex; // guards the transliterator (not documented as thread-safe) and `rare`
    std::unique_ptr<icu::Transliterator> transliterator;
    QHash<char32_t, char> rare;
};

Cache &cache()
{
    static Cache instance;
    return instance;
}

bool isHan(char32_t c)
{
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x323AF);
}

// Called with the mutex held.
char transliterate(Cache &c, char32_t codePoint)
{
    if (!c.transliterator) {
        UErrorCode status = U_ZERO_ERROR;
        // Latin-ASCII drops the tone marks: zhāng -> zhang.
        c.transliterator.reset(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            c.transliterator.reset();
    }
    if (!c.transliterator)
        return NoInitial;
    icu::UnicodeString text(static_cast<UChar32>(codePoint));
    c.transliterator->transliterate(text);
    for (int32_t i = 0; i < text.length(); ++i) {
        const char16_t ch = text.charAt(i);
        if (ch >= u'A' && ch <= u'Z')
            return static_cast<char>(ch - u'A' + 'a');
        if (ch >= u'a' && ch <= u'z')
            return static_cast<char>(ch);
    }
    return NoInitial;
}

} // namespace

char PinyinInitials::initialOf(char32_t codePoint)
{
    if (!isHan(codePoint))
        return 0;
    Cache &c = cache();
    if (codePoint >= FirstCached && codePoint <= LastCached) {
        std::atomic<char> &cell = c.cells[codePoint - FirstCached];
        char value = cell.load(std::memory_order_relaxed);
        if (value == Unknown) {
            QMutexLocker lock(&c.mutex);
            value = transliterate(c, codePoint);
            cell.store(value, std::memory_order_relaxed);
        }
        return value == NoInitial ? 0 : value;
    }
    QMutexLocker lock(&c.mutex);
    auto it = c.rare.constFind(codePoint);
    if (it == c.rare.constEnd())
        it = c.rare.insert(codePoint, transliterate(c, codePoint));
    return *it == NoInitial ? 0 : *it;
}

QString PinyinInitials::of(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool inLatinWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t cp = text[i].unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (const char initial = initialOf(cp)) {
            out.append(QLatin1Char(initial));
            inLatinWord = false;
        } else if (cp < 0x80 && QChar::isLetter(cp)) {
            if (!inLatinWord)
                out.append(QChar(cp).toLower());
            inLatinWord = true;
        } else if (cp < 0x80 && QChar::isDigit(cp)) {
            out.append(QChar(cp));
            inLatinWord = false;
        } else {
            inLatinWord = false;
        }
    }
    return out;
}

} // namespace hrdesk::search
