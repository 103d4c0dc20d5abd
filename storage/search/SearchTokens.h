#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace hrdesk::search {

// The text stored in the search index and the FTS5 query that finds it.
//
// Chinese has no spaces and users type one or two characters ("张", "张伟"), which FTS5's trigram
// tokenizer cannot look up (it needs three). So the index holds, for every word, its overlapping
// bigrams in order followed by its last character: 张伟明 -> "张伟 伟明 明". Stored with the
// built-in unicode61 tokenizer (so the sqlcipher shell can read and rebuild the index), a
// substring of two or more characters is a phrase of consecutive bigrams ("伟明" -> "伟明",
// "张伟明" -> "张伟 伟明"), and one character is a prefix query ("明"*): every occurrence of a
// character starts a bigram or is a word's last character.
//
// Words: text is NFKC-normalised (full-width digits become ASCII) and lower-cased; whitespace and
// list punctuation (, ; / 、 ，) separate words; other punctuation (hyphens, brackets, dots) is
// dropped so "138-1234-5678" is searchable as 13812345678.
//
// Masked fields (ID number, mobile, phone: masked wherever they are shown) are searchable only
// by their full value, else typing digits would narrow a list down to one person without a
// reveal: each value is one token of all its letters and digits, behind a marker character
// (U+FF4D, fullwidth "m") that typed text can never start with, since NFKC turns it into "m". A
// fragment's bigram phrase or prefix query cannot match it; a typed word with a digit also
// tries its whole-value token, and text of several words their concatenation, so the full
// number finds the person however it is spaced.
class SearchTokens
{
public:
    // The character before every whole-value token.
    static constexpr char16_t WholeValueMarker = u'\uff4d';

    // Index side: the tokens for an entity's fields. The pinyin initials of the first field
    // (the name) are indexed as one more word.
    static QString forFields(const QStringList &fields);
    // The tokens of a search entry: fields before maskedFrom as forFields(), the rest as
    // whole-value tokens (a field may hold several values, one per line, as group_concat(x,
    // char(10)) gives them). SQL: hrdesk_search_entry(maskedFrom, field...).
    static QString forEntry(const QStringList &fields, qsizetype maskedFrom);
    // Query side: the FTS5 MATCH expression for what the user typed (all words must match), or
    // an empty string when nothing searchable was typed.
    static QString matchExpression(QStringView userText);
    // The words of a text after normalisation (exposed for tests and callers that filter).
    static QStringList words(QStringView text);
};

} // namespace hrdesk::search
