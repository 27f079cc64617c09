<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger {
    // Stand-ins for the pieces of symfony/messenger this consumer needs.

    final class Envelope
    {
        public function __construct(public readonly object $message, public readonly array $stamps = [])
        {
        }
    }

    interface TransportInterface
    {
        /** @return iterable<Envelope> */
        public function get(): iterable;

        public function ack(Envelope $envelope): void;
    }

    final class MessageBus
    {
        /** @param array<class-string, callable> $handlers */
        public function __construct(private readonly array $handlers)
        {
        }

        public function dispatch(Envelope $envelope): mixed
        {
            $handler = $this->handlers[get_class($envelope->message)] ?? null;

            return $handler === null ? null : $handler($envelope->message);
        }
    }

    final class Worker
    {
        private int $acked = 0;

        public function __construct(private readonly TransportInterface $transport, private readonly MessageBus $bus)
        {
        }

        public function run(int $limit): void
        {
            while ($this->acked < $limit) {
                foreach ($this->transport->get() as $envelope) {
                    $this->bus->dispatch($envelope);
                    $this->transport->ack($envelope);
                    $this->acked++;
                }
            }
        }
    }
}

namespace App\Message {
    final class ExportInvoices
    {
        public function __construct(
            public readonly string $exportId,
            public readonly string $tenant,
            public readonly array $invoiceIds,
        ) {
        }
    }

    final class ExportPayouts
    {
        public function __construct(
            public readonly string $exportId,
            public readonly string $tenant,
            public readonly array $payoutIds,
        ) {
        }
    }
}

namespace App\MessageHandler {
    use App\Message\ExportInvoices;
    use App\Message\ExportPayouts;

    /**
     * Column layouts are expensive to build (translations, number formats),
     * so every export handler shares one static cache through this base.
     */
    abstract class AbstractExportHandler
    {
        /** @var array<string, array<string, array{label: string, format: string}>> */
        private static array $layouts = [];

        protected function layout(string $cacheKey): array
        {
            if (!isset(self::$layouts[$cacheKey])) {
                self::$layouts[$cacheKey] = $this->buildLayout($cacheKey); // leak
            }

            return self::$layouts[$cacheKey];
        }

        private function buildLayout(string $cacheKey): array
        {
            $layout = [];
            foreach ($this->columns() as $column => $format) {
                $layout[$column] = [
                    'label' => ucwords(str_replace('_', ' ', $column)) . ' (' . $cacheKey . ')',
                    'format' => $format,
                ];
            }

            return $layout;
        }

        protected function render(array $layout, array $rows): string
        {
            $lines = [implode(';', array_column($layout, 'label'))];
            foreach ($rows as $row) {
                $lines[] = implode(';', array_map(
                    static fn (string $column): string => (string) ($row[$column] ?? ''),
                    array_keys($layout),
                ));
            }

            return implode("\n", $lines);
        }

        /** @return array<string, string> */
        abstract protected function columns(): array;
    }

    final class ExportInvoicesHandler extends AbstractExportHandler
    {
        public function __invoke(ExportInvoices $message): string
        {
            $layout = $this->layout(static::class . '#' . $message->exportId);
            $rows = array_map(
                static fn (int $id): array => ['invoice_number' => 'INV-' . $id, 'tenant' => $message->tenant, 'total_gross' => $id * 3],
                $message->invoiceIds,
            );

            return $this->render($layout, $rows);
        }

        protected function columns(): array
        {
            return [
                'invoice_number' => '%s',
                'tenant' => '%s',
                'issued_at' => 'Y-m-d',
                'due_at' => 'Y-m-d',
                'total_net' => '%.2f',
                'total_tax' => '%.2f',
                'total_gross' => '%.2f',
            ];
        }
    }

    final class ExportPayoutsHandler extends AbstractExportHandler
    {
        public function __invoke(ExportPayouts $message): string
        {
            $layout = $this->layout(static::class . '#' . $message->exportId);
            $rows = array_map(
                static fn (int $id): array => ['payout_reference' => 'PO-' . $id, 'amount' => $id * 7],
                $message->payoutIds,
            );

            return $this->render($layout, $rows);
        }

        protected function columns(): array
        {
            return [
                'payout_reference' => '%s',
                'beneficiary' => '%s',
                'iban' => '%s',
                'amount' => '%.2f',
                'currency' => '%s',
                'settled_at' => 'Y-m-d',
            ];
        }
    }
}

namespace App\Transport {
    use App\Message\ExportInvoices;
    use App\Message\ExportPayouts;
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\TransportInterface;

    final class InMemoryExportTransport implements TransportInterface
    {
        private int $produced = 0;

        public function get(): iterable
        {
            $i = ++$this->produced;
            $tenant = 'tenant-' . ($i % 11);
            $exportId = sprintf('%s-%06d', date('Ymd'), $i);
            $message = $i % 2 === 0
                ? new ExportInvoices($exportId, $tenant, [$i, $i + 1, $i + 2])
                : new ExportPayouts($exportId, $tenant, [$i, $i + 5]);

            yield new Envelope($message);
        }

        public function ack(Envelope $envelope): void
        {
        }
    }
}

namespace {
    use App\Message\ExportInvoices;
    use App\Message\ExportPayouts;
    use App\MessageHandler\ExportInvoicesHandler;
    use App\MessageHandler\ExportPayoutsHandler;
    use App\Transport\InMemoryExportTransport;
    use Symfony\Component\Messenger\MessageBus;
    use Symfony\Component\Messenger\Worker;

    $bus = new MessageBus([
        ExportInvoices::class => new ExportInvoicesHandler(),
        ExportPayouts::class => new ExportPayoutsHandler(),
    ]);
    $worker = new Worker(new InMemoryExportTransport(), $bus);
    $worker->run((int) (getenv('PHPLEAK_N') ?: 100));
}
