#pragma once

#include <QString>

namespace hrdesk::validation {

// The answer of a validator: ok, or a translated reason a person can act on.
struct Result
{
    bool ok = false;
    QString reason;

    static Result valid() { return {true, QString()}; }
    static Result invalid(QString why) { return {false, std::move(why)}; }
    explicit operator bool() const { return ok; }
};

} // namespace hrdesk::validation
