<?php
// ReactPHP daemon that sends outbound guest messages (pre-arrival info,
// door codes, checkout reminders) queued by the PMS, retrying on rate limits
// with a back-off timer on the event loop.

declare(strict_types=1);

namespace React\EventLoop {
    // Minimal stand-in for react/event-loop: ticks and timers, no real waiting.
    final class Loop
    {
        private \SplQueue $ticks;
        private \SplQueue $timers;

        public function __construct()
        {
            $this->ticks = new \SplQueue();
            $this->timers = new \SplQueue();
        }

        public function futureTick(callable $listener): void
        {
            $this->ticks->enqueue($listener);
        }

        public function addTimer(float $interval, callable $callback): void
        {
            $this->timers->enqueue($callback);
        }

        public function run(): void
        {
            while (!$this->ticks->isEmpty() || !$this->timers->isEmpty()) {
                // like FutureTickQueue::tick(): only the ticks queued so far
                for ($count = $this->ticks->count(); $count > 0; $count--) {
                    ($this->ticks->dequeue())();
                }
                for ($due = $this->timers->count(); $due > 0; $due--) {
                    ($this->timers->dequeue())();
                }
            }
        }
    }
}

namespace App\Messaging {
    use React\EventLoop\Loop;

    final class OutboundMessage
    {
        public function __construct(
            public readonly string $id,
            public readonly string $reservationCode,
            public readonly string $to,
            public readonly string $template,
            public readonly string $body,
        ) {
        }
    }

    final class DeliveryResult
    {
        public function __construct(
            public readonly bool $delivered,
            public readonly int $status,
            public readonly int $attempts,
        ) {
        }
    }

    final class SmsGatewayClient
    {
        /** Simulated provider: every fifth message hits the rate limit first. */
        public function submit(OutboundMessage $message, int $attempt): DeliveryResult
        {
            $throttled = crc32($message->id) % 5 === 0 && $attempt === 1;
            $rejected = str_starts_with($message->to, '+000');

            return new DeliveryResult(!$throttled && !$rejected, $rejected ? 400 : ($throttled ? 429 : 202), $attempt);
        }
    }

    final class DeliveryStats
    {
        /** @var array<int, int> */
        private array $byStatus = [202 => 0, 400 => 0, 429 => 0];

        public function record(DeliveryResult $result): void
        {
            $this->byStatus[$result->status] = ($this->byStatus[$result->status] ?? 0) + 1;
        }
    }

    final class RetryingSender
    {
        private const MAX_ATTEMPTS = 3;
        private const BACKOFF = [1 => 0.5, 2 => 2.0];

        public function __construct(
            private readonly Loop $loop,
            private readonly SmsGatewayClient $gateway,
        ) {
        }

        public function send(OutboundMessage $message, callable $onSettled): void
        {
            $attempt = function (int $n) use (&$attempt, $message, $onSettled): void { // leak
                $result = $this->gateway->submit($message, $n);
                if ($result->delivered) {
                    $onSettled($result);

                    return;
                }
                if ($result->status !== 429 || $n >= self::MAX_ATTEMPTS) {
                    $attempt = null;
                    $onSettled($result);

                    return;
                }
                $this->loop->addTimer(self::BACKOFF[$n], fn () => $attempt($n + 1));
            };

            $attempt(1);
        }
    }

    final class PendingMessageFeed
    {
        private int $cursor = 0;

        public function __construct(private readonly int $limit)
        {
        }

        public function next(): ?OutboundMessage
        {
            if ($this->cursor >= $this->limit) {
                return null;
            }
            $i = $this->cursor++;
            $code = sprintf('PORTO-%05d', 20000 + $i);

            return new OutboundMessage(
                sprintf('msg_%s_%d', substr(sha1($code), 0, 12), $i),
                $code,
                sprintf('+3519%08d', 10000000 + $i * 97),
                ['pre_arrival', 'door_code', 'checkout_reminder'][$i % 3],
                "Olá! Your reservation {$code} is confirmed. Check-in from 15:00, your door code is "
                    . str_pad((string) ($i * 7 % 10000), 4, '0', STR_PAD_LEFT)
                    . '. Breakfast is served 07:00-10:30 on the ground floor. Reply STOP to opt out.',
            );
        }
    }

    final class OutboxWorker
    {
        public function __construct(
            private readonly Loop $loop,
            private readonly PendingMessageFeed $feed,
            private readonly RetryingSender $sender,
            private readonly DeliveryStats $stats,
        ) {
        }

        public function start(): void
        {
            $this->loop->futureTick($this->pump(...));
        }

        private function pump(): void
        {
            $message = $this->feed->next();
            if ($message === null) {
                return;
            }
            $this->sender->send($message, $this->stats->record(...));
            $this->loop->futureTick($this->pump(...));
        }
    }
}

namespace {
    use App\Messaging\DeliveryStats;
    use App\Messaging\OutboxWorker;
    use App\Messaging\PendingMessageFeed;
    use App\Messaging\RetryingSender;
    use App\Messaging\SmsGatewayClient;
    use React\EventLoop\Loop;

    $loop = new Loop();
    $worker = new OutboxWorker(
        $loop,
        new PendingMessageFeed((int) (getenv('PHPLEAK_N') ?: 100)),
        new RetryingSender($loop, new SmsGatewayClient()),
        new DeliveryStats(),
    );
    $worker->start();
    $loop->run();
}
