#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <memory>

// Runs asynchronous steps without nesting callbacks: each step gets a `next` to call once,
// next(true) to go on, next(false, message) to stop. run() takes them one after another; all()
// starts them at once (one per master: the masters' round trips overlap instead of adding up).
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

// Starts every step at once; done once all have called next: the first failure in list order
// (a failed step does not stop the others, so every master reports), or (true, "").
inline void all(const QList<Step> &steps, Next done)
{
    struct State
    {
        QList<std::pair<bool, QString>> results;
        qsizetype outstanding = 0;
        Next done;
    };
    auto state = std::make_shared<State>();
    state->results.resize(steps.size(), { true, QString() });
    state->outstanding
        = steps.size() + 1; // +1 until every step has started: a synchronous next cannot finish early
    state->done = std::move(done);
    auto finishOne = [state] {
        if (--state->outstanding > 0)
            return;
        for (const auto &[ok, message] : state->results) {
            if (!ok) {
                state->done(false, message);
                return;
            }
        }
        state->done(true, QString());
    };
    for (qsizetype i = 0; i < steps.size(); ++i) {
        steps.at(i)([state, i, finishOne](bool ok, const QString &message) {
            state->results[i] = { ok, message };
            finishOne();
        });
    }
    finishOne();
}

// One step that runs `steps` one after another: a branch of all().
inline Step chain(QList<Step> steps)
{
    return [steps = std::move(steps)](Next next) { run(steps, std::move(next)); };
}

} // namespace AsyncSteps
