<?php
// A ReactPHP webhook relay schedules failed deliveries in an SplPriorityQueue and drains them from a periodic loop callback.

namespace React\EventLoop {
    final class Loop
    {
        private static array $periodic = [];

        public static function addPeriodicTimer(float $interval, callable $cb): void
        {
            self::$periodic[] = $cb;
        }

        public static function tick(): void
        {
            foreach (self::$periodic as $cb) {
                $cb();
            }
        }
    }
}

namespace App\Webhook {
    use React\EventLoop\Loop;

    final class Delivery
    {
        public function __construct(
            public readonly string $url,
            public readonly string $body,
            public readonly int $attempt,
        ) {}
    }

    final class RetryScheduler
    {
        private \SplPriorityQueue $due;
        public int $replayed = 0;

        public function __construct()
        {
            $this->due = new \SplPriorityQueue();
            Loop::addPeriodicTimer(1.0, fn () => $this->replay());
        }

        public function schedule(Delivery $delivery, int $runAt): void
        {
            $this->due->insert($delivery, -$runAt);
        }

        private function replay(): void
        {
            while (!$this->due->isEmpty()) {
                $delivery = $this->due->extract();
                $this->replayed += strlen($delivery->body) > 0 ? 1 : 0;
            }
        }
    }

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $scheduler = new RetryScheduler();
    for ($i = 0; $i < $n; $i++) {
        $body = json_encode(['event' => 'invoice.paid', 'id' => $i, 'lines' => array_fill(0, 24, 'line-item-' . $i)]);
        $scheduler->schedule(new Delivery("https://hooks.example.com/t/{$i}", $body, 1), 1700000000 + $i);
        if ($i % 100 === 0) {
            Loop::tick();
        }
    }
}
