#pragma once

#include "Error.h"

#include <utility>
#include <variant>

// A value or an Error. Callers test it (`if (!result)`) before taking the value.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(const T &value) : m_state(value) {}
    Result(T &&value) : m_state(std::move(value)) {}
    Result(const Error &error) : m_state(error) {}
    Result(Error &&error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // By value, so that `for (x : f().value())` does not outlive the temporary Result.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    // An empty Error when there is none, so that a message may be asked for unconditionally
    // (QVERIFY2 evaluates its message even when the check passes).
    const Error &error() const
    {
        static const Error none;
        return ok() ? none : std::get<Error>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(const Error &error) : m_error(error), m_failed(true) {}
    Result(Error &&error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;
