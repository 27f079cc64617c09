<?php

declare(strict_types=1);

namespace App\Tracking;

/**
 * Stand-in for the shipments table: the worker's tenant ships a known set of
 * parcels, each row keeps only its latest status.
 */
final class ShipmentRepository
{
    /** @var array<string, array{status: string, updated_at: string, facility: string}> */
    private array $rows = [];

    /** @param list<string> $trackingNumbers */
    public function __construct(array $trackingNumbers)
    {
        foreach ($trackingNumbers as $number) {
            $this->rows[$number] = ['status' => 'label_created', 'updated_at' => '', 'facility' => ''];
        }
    }

    public function exists(string $trackingNumber): bool
    {
        return isset($this->rows[$trackingNumber]);
    }

    public function updateStatus(string $trackingNumber, string $status, string $updatedAt, string $facility): void
    {
        if (!isset($this->rows[$trackingNumber])) {
            return;
        }
        $this->rows[$trackingNumber] = ['status' => $status, 'updated_at' => $updatedAt, 'facility' => $facility];
    }
}
