<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger {

    /** Stand-ins for the Messenger envelope, stamps and a consuming worker. */
    interface StampInterface
    {
    }

    final class Envelope
    {
        /** @var array<class-string, StampInterface> */
        private array $stamps = [];

        public function __construct(private object $message, array $stamps = [])
        {
            foreach ($stamps as $stamp) {
                $this->stamps[$stamp::class] = $stamp;
            }
        }

        public function getMessage(): object
        {
            return $this->message;
        }

        /** @template T of StampInterface @param class-string<T> $class @return T|null */
        public function last(string $class): ?StampInterface
        {
            return $this->stamps[$class] ?? null;
        }
    }

    interface TransportInterface
    {
        /** @return iterable<Envelope> */
        public function get(): iterable;
    }

    final class Worker
    {
        /** @param array<class-string, callable> $handlers */
        public function __construct(private TransportInterface $transport, private array $handlers)
        {
        }

        public function run(): void
        {
            foreach ($this->transport->get() as $envelope) {
                $message = $envelope->getMessage();
                ($this->handlers[$message::class])($message, $envelope);
            }
        }
    }
}

namespace Symfony\Component\Messenger\Stamp {

    use Symfony\Component\Messenger\StampInterface;

    /** Set by the transport: when the broker accepted the message, in milliseconds. */
    final class SentAtStamp implements StampInterface
    {
        public function __construct(public readonly int $sentAtMs)
        {
        }
    }
}

namespace App\Message {

    final class PaymentAttempted
    {
        public function __construct(
            public readonly string $merchantId,
            public readonly string $paymentId,
            public readonly int $amountCents,
            public readonly string $cardFingerprint,
            public readonly string $ipAddress,
            public readonly array $riskSignals,
        ) {
        }
    }
}

namespace App\Fraud {

    use App\Message\PaymentAttempted;

    final class AttemptRecord
    {
        public function __construct(
            public readonly int $atMs,
            public readonly string $paymentId,
            public readonly int $amountCents,
            public readonly string $cardFingerprint,
            public readonly array $riskSignals,
        ) {
        }

        public static function fromMessage(PaymentAttempted $message, int $atMs): self
        {
            return new self($atMs, $message->paymentId, $message->amountCents, $message->cardFingerprint, $message->riskSignals);
        }
    }

    interface AlertPublisher
    {
        public function velocityExceeded(string $merchantId, int $attempts, int $sumCents): void;
    }

    final class NullAlertPublisher implements AlertPublisher
    {
        public int $alerts = 0;

        public function velocityExceeded(string $merchantId, int $attempts, int $sumCents): void
        {
            $this->alerts++;
        }
    }

    /**
     * Keeps each merchant's attempts of the last WINDOW_SECONDS and raises an
     * alert when they go over the allowed count.
     */
    final class VelocityWindow
    {
        private const WINDOW_SECONDS = 5;
        private const MAX_ATTEMPTS = 400;

        /** @var array<string, list<AttemptRecord>> */
        private array $windows = [];

        public function __construct(private AlertPublisher $alerts)
        {
        }

        public function record(string $merchantId, AttemptRecord $attempt): void
        {
            $this->windows[$merchantId][] = $attempt; // leak
            $this->trim($merchantId, $attempt->atMs);

            $count = count($this->windows[$merchantId]);
            if ($count > self::MAX_ATTEMPTS) {
                $this->alerts->velocityExceeded($merchantId, $count, array_sum(array_map(static fn (AttemptRecord $a) => $a->amountCents, $this->windows[$merchantId])));
            }
        }

        private function trim(string $merchantId, int $nowMs): void
        {
            $cutoff = intdiv($nowMs, 1000) - self::WINDOW_SECONDS;
            $window = &$this->windows[$merchantId];
            $drop = 0;
            foreach ($window as $record) {
                if ($record->atMs >= $cutoff) {
                    break;
                }
                $drop++;
            }
            if ($drop > 0) {
                array_splice($window, 0, $drop);
            }
        }
    }
}

namespace App\MessageHandler {

    use App\Fraud\AttemptRecord;
    use App\Fraud\VelocityWindow;
    use App\Message\PaymentAttempted;
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\Stamp\SentAtStamp;

    final class PaymentAttemptedHandler
    {
        public function __construct(private VelocityWindow $velocity)
        {
        }

        public function __invoke(PaymentAttempted $message, Envelope $envelope): void
        {
            $sentAtMs = $envelope->last(SentAtStamp::class)?->sentAtMs ?? (int) (microtime(true) * 1000);
            $this->velocity->record($message->merchantId, AttemptRecord::fromMessage($message, $sentAtMs));
        }
    }
}

namespace App\Transport {

    use App\Message\PaymentAttempted;
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\Stamp\SentAtStamp;
    use Symfony\Component\Messenger\TransportInterface;

    /** Replays a burst of payment attempts, 40 ms apart, from four merchants. */
    final class ReplayTransport implements TransportInterface
    {
        public function __construct(private int $count, private int $startMs)
        {
        }

        public function get(): iterable
        {
            $merchants = ['mch_bakery_ams', 'mch_bikes_utr', 'mch_books_rtm', 'mch_cafe_ehv'];
            for ($i = 0; $i < $this->count; $i++) {
                $message = new PaymentAttempted(
                    $merchants[$i % 4],
                    sprintf('pay_%010d', 77_000_000 + $i),
                    1_000 + ($i * 37) % 9_000,
                    hash('sha256', 'card-' . ($i % 50)),
                    sprintf('10.%d.%d.%d', $i % 200, ($i * 3) % 250, ($i * 7) % 250),
                    ['bin_country' => 'NL', 'ip_country' => ($i % 9) ? 'NL' : 'BE', '3ds' => 'frictionless', 'device' => sprintf('dev-%s', substr(hash('md5', (string) $i), 0, 24))],
                );

                yield new Envelope($message, [new SentAtStamp($this->startMs + $i * 40)]);
            }
        }
    }
}

namespace {

    use App\Fraud\NullAlertPublisher;
    use App\Fraud\VelocityWindow;
    use App\Message\PaymentAttempted;
    use App\MessageHandler\PaymentAttemptedHandler;
    use App\Transport\ReplayTransport;
    use Symfony\Component\Messenger\Worker;

    $velocity = new VelocityWindow(new NullAlertPublisher());
    $worker = new Worker(
        new ReplayTransport((int) (getenv('PHPLEAK_N') ?: 100), 1_700_000_000_000),
        [PaymentAttempted::class => new PaymentAttemptedHandler($velocity)],
    );
    $worker->run();
}
