<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger {
    final class Envelope
    {
        public function __construct(public readonly object $message, public readonly array $stamps = [])
        {
        }
    }

    interface ReceiverInterface
    {
        /** @return iterable<Envelope> */
        public function get(): iterable;

        public function ack(Envelope $envelope): void;
    }

    final class MessageBus
    {
        /** @param array<class-string, callable> $handlers */
        public function __construct(private array $handlers)
        {
        }

        public function dispatch(Envelope $envelope): mixed
        {
            return ($this->handlers[$envelope->message::class])($envelope->message);
        }
    }

    final class Worker
    {
        public function __construct(private ReceiverInterface $receiver, private MessageBus $bus)
        {
        }

        public function run(): void
        {
            do {
                $handled = 0;
                foreach ($this->receiver->get() as $envelope) {
                    $this->bus->dispatch($envelope);
                    $this->receiver->ack($envelope);
                    $handled++;
                }
            } while ($handled > 0);
        }
    }
}

namespace App\Catalog {
    use Generator;

    final class ImportProductFeed
    {
        public function __construct(public readonly int $feedId, public readonly string $supplier)
        {
        }
    }

    final class FeedDownloader
    {
        public function fetch(ImportProductFeed $message): string
        {
            $lines = ["sku;name;price;stock"];
            for ($k = 0; $k < 12; $k++) {
                $price = $k === 4 + $message->feedId % 3 ? 'n/a' : (string) (990 + $k * 15);
                $lines[] = sprintf('%s-%04d-%02d;%s replacement part %d (fits series %d);%s;%d', $message->supplier, $message->feedId, $k, $message->supplier, $k, $message->feedId % 9, $price, $k * 2);
            }

            return implode("\n", $lines);
        }
    }

    final class RowValidator
    {
        public function __construct(
            private readonly iterable $rows,
        ) {
        }

        /** @return list<string> */
        public function errors(): array
        {
            $errors = [];
            foreach ($this->rows as $line => $row) {
                if (!preg_match('/^[A-Z0-9-]+$/i', $row['sku'])) {
                    $errors[] = sprintf('line %d: invalid SKU "%s"', $line, $row['sku']);
                }
                if (!is_numeric($row['price'])) {
                    $errors[] = sprintf('line %d: price "%s" is not a number', $line, $row['price']);
                }
            }

            return $errors;
        }
    }

    final class FeedImport
    {
        private array $header = [];
        private ?RowValidator $validator = null;

        public function __construct(
            public readonly int $feedId,
            private readonly string $contents,
            private readonly string $delimiter = ';',
        ) {
        }

        /** @return Generator<int, array<string, string>> */
        public function rows(): Generator
        {
            $lines = explode("\n", $this->contents);
            $this->header = str_getcsv(array_shift($lines), $this->delimiter);
            foreach ($lines as $i => $line) {
                if (trim($line) === '') {
                    continue;
                }
                yield $i + 2 => array_combine($this->header, str_getcsv($line, $this->delimiter));
            }
        }

        public function validator(): RowValidator
        {
            return $this->validator ??= new RowValidator($this->rows());
        }
    }

    final class ImportProductFeedHandler
    {
        private int $imported = 0;
        private int $rejected = 0;
        private ?string $lastError = null;

        public function __invoke(ImportProductFeed $message): void
        {
            $import = new FeedImport($message->feedId, (new FeedDownloader())->fetch($message));

            $errors = $import->validator()->errors();
            if ($errors !== []) {
                $this->rejected++;
                $this->lastError = sprintf('feed %d rejected: %s', $message->feedId, implode('; ', $errors));

                return;
            }

            foreach ($import->rows() as $row) {
                $this->imported++;
            }
        }
    }

    final class SupplierFeedReceiver implements \Symfony\Component\Messenger\ReceiverInterface
    {
        private int $delivered = 0;

        public function __construct(private readonly int $total)
        {
        }

        public function get(): iterable
        {
            $batch = [];
            while ($this->delivered < $this->total && count($batch) < 5) {
                $id = $this->delivered++;
                $batch[] = new \Symfony\Component\Messenger\Envelope(new ImportProductFeed($id, ['ACME', 'BOSCH', 'ZEISS'][$id % 3]));
            }

            return $batch;
        }

        public function ack(\Symfony\Component\Messenger\Envelope $envelope): void
        {
        }
    }
}

namespace {
    use App\Catalog\ImportProductFeed;
    use App\Catalog\ImportProductFeedHandler;
    use App\Catalog\SupplierFeedReceiver;
    use Symfony\Component\Messenger\MessageBus;
    use Symfony\Component\Messenger\Worker;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $bus = new MessageBus([ImportProductFeed::class => new ImportProductFeedHandler()]);
    (new Worker(new SupplierFeedReceiver($n), $bus))->run();
}
