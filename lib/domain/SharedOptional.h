#pragma once

#include <memory>
#include <optional>
#include <utility>

namespace revox {

// An optional value held on the heap and shared between copies until one of them is
// written (copy on write): an empty box costs one pointer pair, and copying a full box
// copies no value. Offers the part of the std::optional API the domain code uses.
template <typename T> class SharedOptional
{
public:
    using value_type = T;

    SharedOptional() noexcept = default;
    SharedOptional(std::nullopt_t) noexcept {}
    SharedOptional(const T &value)
        : m_value(std::make_shared<T>(value))
    {
    }
    SharedOptional(T &&value)
        : m_value(std::make_shared<T>(std::move(value)))
    {
    }
    SharedOptional(const std::optional<T> &value)
    {
        if (value)
            m_value = std::make_shared<T>(*value);
    }
    SharedOptional(std::optional<T> &&value)
    {
        if (value)
            m_value = std::make_shared<T>(std::move(*value));
    }

    SharedOptional &operator=(std::nullopt_t) noexcept
    {
        m_value.reset();
        return *this;
    }
    SharedOptional &operator=(const T &value)
    {
        if (m_value && m_value.use_count() == 1)
            *m_value = value;
        else
            m_value = std::make_shared<T>(value);
        return *this;
    }
    SharedOptional &operator=(T &&value)
    {
        if (m_value && m_value.use_count() == 1)
            *m_value = std::move(value);
        else
            m_value = std::make_shared<T>(std::move(value));
        return *this;
    }

    bool has_value() const noexcept { return m_value != nullptr; }
    explicit operator bool() const noexcept { return m_value != nullptr; }

    // Reading never copies; writing through a box whose value is shared first gives this
    // box a copy of its own.
    const T &operator*() const { return *m_value; }
    T &operator*() { return *detached(); }
    const T *operator->() const { return m_value.get(); }
    T *operator->() { return detached(); }

    const T &value() const
    {
        if (!m_value)
            throw std::bad_optional_access();
        return *m_value;
    }
    T &value()
    {
        if (!m_value)
            throw std::bad_optional_access();
        return *detached();
    }

    template <typename... Args> T &emplace(Args &&...args)
    {
        m_value = std::make_shared<T>(std::forward<Args>(args)...);
        return *m_value;
    }
    void reset() noexcept { m_value.reset(); }

    // True when both boxes hold the very same value object (no copy was made between them).
    bool sharesValueWith(const SharedOptional &other) const noexcept
    {
        return m_value != nullptr && m_value == other.m_value;
    }

    friend bool operator==(const SharedOptional &a, const SharedOptional &b)
    {
        if (a.m_value == b.m_value)
            return true;
        if (!a.m_value || !b.m_value)
            return false;
        return *a.m_value == *b.m_value;
    }
    friend bool operator==(const SharedOptional &a, std::nullopt_t) noexcept { return !a.m_value; }
    friend bool operator==(const SharedOptional &a, const T &b)
    {
        return a.m_value && *a.m_value == b;
    }

private:
    T *detached()
    {
        if (m_value && m_value.use_count() > 1)
            m_value = std::make_shared<T>(std::as_const(*m_value));
        return m_value.get();
    }

    std::shared_ptr<T> m_value;
};

} // namespace revox
