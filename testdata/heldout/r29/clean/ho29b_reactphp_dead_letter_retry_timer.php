<?php

declare(strict_types=1);

namespace React\EventLoop {
    final class StreamSelectLoop
    {
        /** @var list<array{interval: float, callback: callable}> */
        private array $periodic = [];
        /** @var list<callable> */
        private array $readers = [];
        private float $time = 1717200000.0;

        public function addPeriodicTimer(float $interval, callable $callback): void
        {
            $this->periodic[] = ['interval' => $interval, 'callback' => $callback];
        }

        public function addReadStream(callable $onReadable): void
        {
            $this->readers[] = $onReadable;
        }

        public function now(): float
        {
            return $this->time;
        }

        public function run(): void
        {
            $ticks = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($t = 0; $t < $ticks; $t++) {
                $this->time += 1.0;
                foreach ($this->readers as $reader) {
                    $reader($t);
                }
                foreach ($this->periodic as $timer) {
                    ($timer['callback'])();
                }
            }
        }
    }

    final class Loop
    {
        private static ?StreamSelectLoop $instance = null;

        public static function get(): StreamSelectLoop
        {
            return self::$instance ??= new StreamSelectLoop();
        }
    }
}

namespace App\Pipeline {

    final class EventMessage
    {
        public function __construct(
            public readonly string $id,
            public readonly string $partner,
            public readonly array $payload,
        ) {
        }
    }

    final class DeadLetter
    {
        public function __construct(
            public readonly EventMessage $message,
            public readonly string $reason,
            public readonly float $dueAt,
            public readonly int $attempt,
        ) {
        }
    }

    /** @extends \SplHeap<DeadLetter> */
    final class RetrySchedule extends \SplHeap
    {
        protected function compare(mixed $a, mixed $b): int
        {
            return $b->dueAt <=> $a->dueAt;
        }

        public function due(float $now): bool
        {
            return !$this->isEmpty() && $this->top()->dueAt <= $now;
        }
    }

    final class DeliveryFailed extends \RuntimeException
    {
    }

    final class PartnerWebhookForwarder
    {
        private int $delivered = 0;

        /** @param array<string, string> $endpoints */
        public function __construct(private array $endpoints)
        {
        }

        public function forward(EventMessage $message, int $attempt): void
        {
            $endpoint = $this->endpoints[$message->partner] ?? null;
            if ($endpoint === null) {
                return;
            }
            // The partner's gateway sheds the first delivery of every burst.
            if ($attempt === 0) {
                throw new DeliveryFailed(sprintf('503 from %s for %s', $endpoint, $message->id));
            }
            $this->delivered++;
        }
    }

    final class Backoff
    {
        public static function delayFor(int $attempt): float
        {
            return min(60.0, 2.0 ** $attempt) + 1.0;
        }
    }

    final class ForwardingConsumer
    {
        private int $discarded = 0;

        public function __construct(
            private PartnerWebhookForwarder $forwarder,
            private RetrySchedule $retries,
            private int $maxAttempts = 5,
        ) {
        }

        public function attempt(EventMessage $message, int $attempt, float $now): void
        {
            try {
                $this->forwarder->forward($message, $attempt);
            } catch (DeliveryFailed $e) {
                if ($attempt + 1 >= $this->maxAttempts) {
                    $this->discarded++;

                    return;
                }
                $this->retries->insert(new DeadLetter($message, $e->getMessage(), $now + Backoff::delayFor($attempt), $attempt + 1));
            }
        }

        public function retryDue(float $now): void
        {
            while ($this->retries->due($now)) {
                $letter = $this->retries->extract();
                $this->attempt($letter->message, $letter->attempt, $now);
            }
        }
    }
}

namespace {

    use App\Pipeline\EventMessage;
    use App\Pipeline\ForwardingConsumer;
    use App\Pipeline\PartnerWebhookForwarder;
    use App\Pipeline\RetrySchedule;
    use React\EventLoop\Loop;

    $loop = Loop::get();
    $consumer = new ForwardingConsumer(
        new PartnerWebhookForwarder([
            'segment' => 'https://api.segment.io/v1/batch',
            'amplitude' => 'https://api2.amplitude.com/2/httpapi',
            'mixpanel' => 'https://api.mixpanel.com/import',
        ]),
        new RetrySchedule(),
    );

    $now = $loop->now();
    $partners = ['segment', 'amplitude', 'mixpanel'];

    $loop->addReadStream(function (int $offset) use ($consumer, $loop, $partners, &$now) {
        $now = $loop->now();
        $message = new EventMessage(
            sprintf('evt_%s', bin2hex(pack('NN', $offset, crc32((string) $offset)))),
            $partners[$offset % 3],
            [
                'type' => 'track',
                'event' => 'Order Completed',
                'userId' => 'user-' . ($offset * 13 % 9973),
                'properties' => ['order_id' => 'ord-' . $offset, 'revenue' => 19.99 + $offset % 50, 'currency' => 'USD'],
                'timestamp' => date(DATE_ATOM, (int) $now),
            ],
        );
        $consumer->attempt($message, 0, $now);
    });

    $loop->addPeriodicTimer(1.0, function () use ($consumer, &$now) {
        $consumer->retryDue($now);
    });

    $loop->run();
}
