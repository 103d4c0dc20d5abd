#pragma once

#include <QString>
#include <QStringView>

namespace hrdesk::search {

// First letters of the pinyin of Chinese text, for search by initials: 张伟 -> "zw".
// Readings come from ICU's Han-Latin transliterator, one character at a time (cached per
// character, so a name costs a few array lookups once its characters have been seen). Polyphonic
// characters get ICU's single-character reading: 单 and 曾 as surnames (Shan, Zeng) may come out
// with their common reading (dan, ceng); users searching by initials type what they see, and the
// name itself is always searchable. Latin words contribute their first letter, digits themselves;
// anything else is skipped.
class PinyinInitials
{
public:
    static QString of(QStringView text);
    // The initial (a-z) of one Han character, or 0 when the character has no pinyin reading.
    static char initialOf(char32_t codePoint);
};

} // namespace hrdesk::search
