<?php
// A ticket checkout under AMPHP holds seats for a few minutes. Each
// checkout arms a Deadline, which schedules its expiry on Revolt's event
// loop (EventLoop::delay) and keeps the callback it is given, a closure
// over the checkout. The deadline lets go of the callback once it is
// called off or has run, as a one-shot timer should: paying cancels it,
// and nothing points back to the checkout.

namespace Revolt {
    /** Stand-in for Revolt's event loop: timers by id, run by the loop. */
    final class EventLoop
    {
        /** @var array<string, \Closure> */
        private static array $timers = [];
        private static int $next = 0;

        public static function delay(float $seconds, \Closure $callback): string
        {
            $id = 't' . self::$next++;
            self::$timers[$id] = $callback;

            return $id;
        }

        public static function cancel(string $id): void
        {
            unset(self::$timers[$id]);
        }
    }
}

namespace App {
    use Revolt\EventLoop;

    final class Deadline
    {
        private ?string $timer;

        public function __construct(float $seconds, private ?\Closure $onExpire)
        {
            $this->timer = EventLoop::delay($seconds, fn () => $this->fire());
        }

        public function cancel(): void
        {
            if ($this->timer !== null) {
                EventLoop::cancel($this->timer);
                $this->timer = null;
            }
            $this->onExpire = null;
        }

        private function fire(): void
        {
            $this->timer = null;
            $expire = $this->onExpire;
            $this->onExpire = null;
            $expire();
        }
    }

    final class Checkout
    {
        private ?Deadline $hold = null;
        private bool $released = false;

        public function __construct(public readonly string $order, private array $seats)
        {
        }

        public function start(): void
        {
            $this->hold = new Deadline(300.0, function (): void {
                $this->release();
            });
        }

        public function pay(): int
        {
            $this->hold?->cancel();

            return count($this->seats);
        }

        private function release(): void
        {
            $this->released = true;
            $this->seats = [];
        }
    }
}

namespace {
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $checkout = new App\Checkout(sprintf('ord-%06d', $i), array_fill(0, 12, str_repeat('seat', 10)));
        $checkout->start();
        $checkout->pay();
    }
}
