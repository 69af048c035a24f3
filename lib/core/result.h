#pragma once

#include <optional>
#include <utility>

#include <QString>

namespace mineatlas {

/// An error returned as a value: a message meant for the user that names the file and the problem.
struct Error {
    QString message;
};

/// A value or an error. lib/ never throws across its API and never shows dialogs; it returns these.
template <class T> class Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error.message)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }

    const QString& error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace mineatlas
