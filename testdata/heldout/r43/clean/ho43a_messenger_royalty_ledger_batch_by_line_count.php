<?php

namespace Symfony\Component\Messenger\Attribute {

    #[\Attribute(\Attribute::TARGET_CLASS)]
    final class AsMessageHandler
    {
        public function __construct(public ?string $fromTransport = null)
        {
        }
    }
}

namespace Symfony\Component\Messenger {

    final class Envelope
    {
        public function __construct(private object $message, private array $stamps = [])
        {
        }

        public function getMessage(): object
        {
            return $this->message;
        }
    }

    /** Stand-in for messenger:consume: pulls envelopes and calls the handler bound to the message class. */
    final class Worker
    {
        /** @param array<class-string, callable> $handlers */
        public function __construct(private iterable $receiver, private array $handlers)
        {
        }

        public function run(int $limit): void
        {
            $handled = 0;
            foreach ($this->receiver as $envelope) {
                $message = $envelope->getMessage();
                ($this->handlers[$message::class])($message);
                if (++$handled >= $limit) {
                    break;
                }
            }
        }
    }
}

namespace App\Royalty {

    use Symfony\Component\Messenger\Attribute\AsMessageHandler;

    final class PlayReported
    {
        public function __construct(
            public readonly string $playId,
            public readonly string $isrc,
            public readonly string $territory,
            public readonly string $offer,
            public readonly int $playedMs,
            public readonly int $reportedAt,
            public readonly string $listenerHash,
        ) {
        }
    }

    final class RoyaltyLine
    {
        public function __construct(
            public readonly string $playId,
            public readonly string $isrc,
            public readonly int $rightsholderId,
            public readonly string $territory,
            public readonly int $amountMicros,
            public readonly string $period,
            public readonly string $listenerHash,
        ) {
        }
    }

    final class RightsCatalog
    {
        /** @param array<string, int> $prefixToRightsholder ISRC registrant prefix => rightsholder */
        public function __construct(private array $prefixToRightsholder)
        {
        }

        public function rightsholderFor(string $isrc): int
        {
            return $this->prefixToRightsholder[substr($isrc, 0, 5)] ?? 0;
        }
    }

    final class LedgerWriter
    {
        /** @var array<int, int> */
        private array $totals = [];
        private int $rows = 0;

        /** @param list<RoyaltyLine> $lines */
        public function insertBatch(array $lines): void
        {
            foreach ($lines as $line) {
                $this->totals[$line->rightsholderId] = ($this->totals[$line->rightsholderId] ?? 0) + $line->amountMicros;
                $this->rows++;
            }
        }
    }

    trait BuffersRoyaltyLines
    {
        /** @var array<int, array<string, RoyaltyLine>> lines grouped by rightsholder */
        private static array $pending = [];

        private static int $bufferedLines = 0;

        abstract protected function ledger(): LedgerWriter;

        abstract protected function batchSize(): int;

        protected function buffer(RoyaltyLine $line): void
        {
            self::$pending[$line->rightsholderId][self::lineKey($line)] = $line;

            if (++self::$bufferedLines >= $this->batchSize()) {
                $this->flushPending();
            }
        }

        protected function flushPending(): void
        {
            foreach (self::$pending as $lines) {
                $this->ledger()->insertBatch(array_values($lines));
            }
            self::$pending = [];
            self::$bufferedLines = 0;
        }

        private static function lineKey(RoyaltyLine $line): string
        {
            return "{$line->period}/{$line->playId}";
        }
    }

    #[AsMessageHandler(fromTransport: 'plays')]
    final class PlayReportedHandler
    {
        use BuffersRoyaltyLines;

        private const RATE_MICROS = ['premium' => 4200, 'family' => 2600, 'student' => 2100, 'free' => 900];

        public function __construct(
            private RightsCatalog $catalog,
            private LedgerWriter $ledger,
            private int $flushBatchSize,
        ) {
        }

        public function __invoke(PlayReported $play): void
        {
            if ($play->playedMs < 30000) {
                return; // under 30 s is not a royalty-bearing stream
            }

            $this->buffer(new RoyaltyLine(
                $play->playId,
                $play->isrc,
                $this->catalog->rightsholderFor($play->isrc),
                $play->territory,
                self::RATE_MICROS[$play->offer] ?? 0,
                gmdate('Y-m', $play->reportedAt),
                $play->listenerHash,
            ));
        }

        protected function ledger(): LedgerWriter
        {
            return $this->ledger;
        }

        protected function batchSize(): int
        {
            return $this->flushBatchSize;
        }
    }
}

namespace {

    use App\Royalty\LedgerWriter;
    use App\Royalty\PlayReported;
    use App\Royalty\PlayReportedHandler;
    use App\Royalty\RightsCatalog;
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\Worker;

    $parameters = ['royalties.flush_batch_size' => 100];
    $prefixes = ['USUM7' => 101, 'GBUM7' => 101, 'USSM1' => 102, 'GBARL' => 102, 'USWB1' => 103, 'USAT2' => 103, 'FRZ03' => 104, 'DEA81' => 105, 'QMDA7' => 106, 'SEXYZ' => 107];

    $handler = new PlayReportedHandler(new RightsCatalog($prefixes), new LedgerWriter(), $parameters['royalties.flush_batch_size']);

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $receiver = (static function () use ($n, $prefixes): \Generator {
        $registrants = array_keys($prefixes);
        $territories = ['US', 'GB', 'DE', 'FR', 'SE', 'BR', 'JP'];
        $offers = ['premium', 'family', 'student', 'free'];
        for ($i = 0; $i < $n; $i++) {
            yield new Envelope(new PlayReported(
                sprintf('%08x-%04x-4%03x-%04x-%012x', mt_rand(), mt_rand(0, 0xffff), mt_rand(0, 0xfff), mt_rand(0x8000, 0xbfff), mt_rand() * mt_rand()),
                $registrants[$i % count($registrants)] . sprintf('%02d%05d', 24, mt_rand(0, 99999)),
                $territories[mt_rand(0, count($territories) - 1)],
                $offers[mt_rand(0, 3)],
                mt_rand(31000, 300000),
                1717200000 + $i * 11,
                hash('sha256', 'listener-' . mt_rand(1, 5000000)),
            ), ['transport' => 'plays', 'received_at' => 1717200000 + $i * 11]);
        }
    })();

    (new Worker($receiver, [PlayReported::class => $handler]))->run($n);
}
