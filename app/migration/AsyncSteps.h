#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <memory>

// Runs asynchronous steps one after another without nesting callbacks: each step gets a `next`
// to call once, next(true) to go on, next(false, message) to stop. done gets the first failure,
// or (true, "") after the last step.
namespace AsyncSteps {

using Next = std::function<void(bool ok, const QString &message)>;
using Step = std::function<void(Next next)>;

inline void run(QList<Step> steps, Next done)
{
    struct State
    {
        QList<Step> steps;
        qsizetype index = 0;
        Next done;
        std::function<void()> advance;
    };
    auto state = std::make_shared<State>();
    state->steps = std::move(steps);
    state->done = std::move(done);
    std::weak_ptr<State> weak = state;
    state->advance = [weak] {
        auto self = weak.lock();
        if (!self)
            return;
        if (self->index >= self->steps.size()) {
            auto finish = std::move(self->done);
            self->advance = nullptr; // breaks the cycle; state goes away with the last step
            finish(true, QString());
            return;
        }
        Step step = self->steps.at(self->index++);
        step([self](bool ok, const QString &message) {
            if (!ok) {
                auto finish = std::move(self->done);
                self->advance = nullptr;
                finish(false, message);
                return;
            }
            self->advance();
        });
    };
    state->advance();
}

} // namespace AsyncSteps
