<?php

declare(strict_types=1);

namespace Logistics\Entity;

final class Shipment
{
    private function __construct(
        public readonly int $id,
        public readonly string $trackingNumber,
        public readonly string $carrier,
        public readonly int $customerId,
        public readonly string $status,
        public readonly string $lastScan,
    ) {}

    /**
     * @param array<string, scalar> $row
     */
    public static function fromRow(array $row): self
    {
        return new self((int) $row['id'], (string) $row['tracking_number'], (string) $row['carrier'], (int) $row['customer_id'], (string) $row['status'], (string) $row['last_scan']);
    }
}
