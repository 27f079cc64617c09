<?php

declare(strict_types=1);

namespace App\Message;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\TransportInterface;

final class ImportProductRow
{
    public function __construct(
        public readonly string $feed,
        public readonly int $line,
        public readonly array $columns,
    ) {
    }
}

/** Reads the supplier CSV feed one row per message. */
final class SupplierFeedTransport implements TransportInterface
{
    private int $delivered = 0;

    public function __construct(private readonly int $rows)
    {
    }

    public function get(): iterable
    {
        if ($this->delivered >= $this->rows) {
            return [];
        }
        $i = $this->delivered++;

        return [new Envelope(new ImportProductRow('acme-2024', $i, [
            'sku' => sprintf('ACME-%06d', $i),
            'name' => 'Stainless steel water bottle ' . ($i % 12) . '00ml, matte finish, spill-proof lid',
            'price' => (string) (1299 + $i % 500),
            'description' => 'Double-walled, keeps drinks cold for 24h and hot for 12h. Batch ' . intdiv($i, 50) . ', supplier ref ' . ($i * 7),
            'currency' => 'EUR',
            'stock' => (string) ($i % 80),
        ]), 'msg-' . $i)];
    }

    public function ack(Envelope $envelope): void
    {
    }
}
