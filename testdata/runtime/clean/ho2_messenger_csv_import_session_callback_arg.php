<?php
// A Messenger handler imports uploaded order CSV files; for each message it opens an import session that feeds a CSV reader's rows to the session through a callback passed to process().

namespace Symfony\Component\Messenger\Attribute {

    #[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD | \Attribute::IS_REPEATABLE)]
    class AsMessageHandler
    {
        public function __construct(
            public ?string $bus = null,
            public ?string $fromTransport = null,
            public ?string $handles = null,
            public ?string $method = null,
            public int $priority = 0,
        ) {
        }
    }
}

namespace League\Csv {

    /**
     * Tiny CSV reader in the spirit of league/csv, with a push-style row callback.
     */
    final class Reader
    {
        private array $header = [];
        private int $offset = 0;

        private function __construct(private string $document, private string $delimiter)
        {
        }

        public static function createFromString(string $document, string $delimiter = ','): self
        {
            return new self($document, $delimiter);
        }

        public function setHeaderOffset(int $offset): self
        {
            $this->offset = $offset;

            return $this;
        }

        public function process(\Closure $rowCallback): int
        {
            $lines = explode("\n", trim($this->document));
            $this->header = str_getcsv($lines[$this->offset], $this->delimiter);
            $count = 0;
            foreach (\array_slice($lines, $this->offset + 1) as $line) {
                $row = array_combine($this->header, str_getcsv($line, $this->delimiter));
                if (false !== $rowCallback($row)) {
                    $count++;
                }
            }

            return $count;
        }
    }
}

namespace App\Message {

    final class ImportOrdersCsv
    {
        public function __construct(
            public readonly string $uploadId,
            public readonly string $marketplace,
            public readonly string $contents,
        ) {
        }
    }
}

namespace App\Import {

    use League\Csv\Reader;

    final class OrderRepository
    {
        private int $saved = 0;

        public function save(array $order): void
        {
            $this->saved++;
        }
    }

    /**
     * State of one CSV import: counters, rejected rows and the reader.
     */
    final class ImportSession
    {
        private Reader $reader;
        private int $imported = 0;

        /** @var list<array{line: int, reason: string}> */
        private array $rejected = [];

        public function __construct(
            private readonly string $uploadId,
            private readonly string $marketplace,
            string $contents,
            private readonly OrderRepository $orders,
        ) {
            $this->reader = Reader::createFromString($contents, ';')->setHeaderOffset(0);
        }

        public function run(): array
        {
            $this->reader->process(function (array $row): bool {
                return $this->importRow($row);
            });

            return ['upload' => $this->uploadId, 'imported' => $this->imported, 'rejected' => \count($this->rejected)];
        }

        private function importRow(array $row): bool
        {
            if (!is_numeric($row['amount'] ?? null)) {
                $this->rejected[] = ['line' => $this->imported + \count($this->rejected) + 2, 'reason' => 'invalid amount'];

                return false;
            }
            $this->orders->save([
                'marketplace' => $this->marketplace,
                'external_id' => $row['order_id'],
                'buyer' => $row['buyer'],
                'amount_cents' => (int) round((float) $row['amount'] * 100),
            ]);
            $this->imported++;

            return true;
        }
    }
}

namespace App\MessageHandler {

    use App\Import\ImportSession;
    use App\Import\OrderRepository;
    use App\Message\ImportOrdersCsv;
    use Symfony\Component\Messenger\Attribute\AsMessageHandler;

    #[AsMessageHandler(fromTransport: 'imports')]
    final class ImportOrdersCsvHandler
    {
        private int $processed = 0;

        public function __construct(private readonly OrderRepository $orders)
        {
        }

        public function __invoke(ImportOrdersCsv $message): array
        {
            $session = new ImportSession($message->uploadId, $message->marketplace, $message->contents, $this->orders);
            $this->processed++;

            return $session->run();
        }
    }
}

namespace {

    use App\Import\OrderRepository;
    use App\Message\ImportOrdersCsv;
    use App\MessageHandler\ImportOrdersCsvHandler;

    $handler = new ImportOrdersCsvHandler(new OrderRepository());

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $csv = "order_id;buyer;amount\n";
        for ($row = 0; $row < 8; $row++) {
            $csv .= sprintf("%d-%d;buyer%d@example.com;%s\n", $i, $row, $row, $row === 5 ? 'n/a' : number_format(10 + $row * 3.3, 2, '.', ''));
        }
        $handler(new ImportOrdersCsv(sprintf('upl_%08d', $i), ['amazon', 'ebay', 'etsy'][$i % 3], $csv));
    }
}
