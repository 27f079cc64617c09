<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Attribute {

    #[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD)]
    final class AsMessageHandler
    {
        public function __construct(public ?string $bus = null, public ?string $fromTransport = null)
        {
        }
    }
}

namespace Symfony\Component\Messenger {

    final class Envelope
    {
        /** @var array<class-string, list<object>> */
        private array $stamps = [];

        public function __construct(private object $message, array $stamps = [])
        {
            foreach ($stamps as $stamp) {
                $this->stamps[$stamp::class][] = $stamp;
            }
        }

        public function getMessage(): object
        {
            return $this->message;
        }

        public function with(object ...$stamps): self
        {
            $clone = clone $this;
            foreach ($stamps as $stamp) {
                $clone->stamps[$stamp::class][] = $stamp;
            }

            return $clone;
        }
    }

    final class HandledStamp
    {
        public function __construct(private mixed $result, private string $handlerName)
        {
        }
    }

    final class MessageBus
    {
        /** @param array<class-string, list<callable>> $handlers */
        public function __construct(private array $handlers)
        {
        }

        public function dispatch(Envelope $envelope): Envelope
        {
            $message = $envelope->getMessage();
            foreach ($this->handlers[$message::class] ?? [] as $handler) {
                $result = $handler($message);
                $envelope = $envelope->with(new HandledStamp(is_scalar($result) ? $result : null, get_debug_type($handler)));
            }

            return $envelope;
        }
    }

    /** messenger:consume stand-in: pulls envelopes from the transport until it is empty. */
    final class Worker
    {
        public function __construct(private \Closure $receiver, private MessageBus $bus)
        {
        }

        public function run(): void
        {
            while ($envelope = ($this->receiver)()) {
                $this->bus->dispatch($envelope);
            }
        }
    }
}

namespace App\Message {

    final class ImportSupplierFeed
    {
        /** @param list<array{sku: string, title: string, price: string}> $rows */
        public function __construct(public readonly string $supplier, public readonly string $feedId, public readonly array $rows)
        {
        }
    }
}

namespace App\Catalog {

    final class CatalogItem
    {
        private ?\WeakReference $batch = null;

        public function __construct(public readonly string $sku, public readonly string $title, public readonly int $priceCents)
        {
        }

        public function attachTo(CatalogBatch $batch): void
        {
            $this->batch = \WeakReference::create($batch);
        }

        public function batch(): ?CatalogBatch
        {
            return $this->batch?->get();
        }

        public function externalId(): string
        {
            return $this->batch()?->supplier . ':' . $this->sku;
        }
    }

    final class CatalogBatch
    {
        /** @var list<CatalogItem> */
        private array $items = [];

        public function __construct(public readonly string $supplier, public readonly string $feedId)
        {
        }

        public function add(CatalogItem $item): void
        {
            $item->attachTo($this);
            $this->items[] = $item;
        }

        /** @return list<CatalogItem> */
        public function items(): array
        {
            return $this->items;
        }
    }

    final class CatalogBatchFactory
    {
        public function fromRows(string $supplier, string $feedId, array $rows): CatalogBatch
        {
            $batch = new CatalogBatch($supplier, $feedId);
            foreach ($rows as $row) {
                $batch->add(new CatalogItem($row['sku'], trim($row['title']), (int) round(((float) $row['price']) * 100)));
            }

            return $batch;
        }
    }

    final class CatalogWriter
    {
        private int $written = 0;

        public function upsert(CatalogItem $item): void
        {
            $row = ['external_id' => $item->externalId(), 'title' => $item->title, 'price' => $item->priceCents];
            $this->written += count($row) > 0 ? 1 : 0;
        }
    }
}

namespace App\MessageHandler {

    use App\Catalog\CatalogBatchFactory;
    use App\Catalog\CatalogWriter;
    use App\Message\ImportSupplierFeed;
    use Symfony\Component\Messenger\Attribute\AsMessageHandler;

    #[AsMessageHandler(fromTransport: 'catalog')]
    final class ImportSupplierFeedHandler
    {
        public function __construct(private CatalogBatchFactory $factory, private CatalogWriter $writer)
        {
        }

        public function __invoke(ImportSupplierFeed $message): int
        {
            $batch = $this->factory->fromRows($message->supplier, $message->feedId, $message->rows);
            foreach ($batch->items() as $item) {
                $this->writer->upsert($item);
            }

            return count($batch->items());
        }
    }
}

namespace {

    use App\Catalog\CatalogBatchFactory;
    use App\Catalog\CatalogWriter;
    use App\Message\ImportSupplierFeed;
    use App\MessageHandler\ImportSupplierFeedHandler;
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\MessageBus;
    use Symfony\Component\Messenger\Worker;

    $limit = (int) (getenv('PHPLEAK_N') ?: 100);
    $received = 0;
    $receiver = static function () use (&$received, $limit): ?Envelope {
        if ($received >= $limit) {
            return null;
        }
        $n = ++$received;
        $rows = [];
        foreach ([1, 2, 3] as $k) {
            $rows[] = [
                'sku' => sprintf('ACME-%06d-%d', $n, $k),
                'title' => sprintf('  Stainless hex bolt M%d x %d mm, DIN 933, box of %d  ', 4 + $k, 20 + $n % 60, 50 * $k),
                'price' => sprintf('%d.%02d', 3 + $k, $n % 100),
            ];
        }

        return new Envelope(new ImportSupplierFeed('acme-fasteners', sprintf('feed-%08d', $n), $rows));
    };

    $handler = new ImportSupplierFeedHandler(new CatalogBatchFactory(), new CatalogWriter());
    $bus = new MessageBus([ImportSupplierFeed::class => [$handler]]);

    // bin/console messenger:consume catalog
    (new Worker($receiver, $bus))->run();
}
