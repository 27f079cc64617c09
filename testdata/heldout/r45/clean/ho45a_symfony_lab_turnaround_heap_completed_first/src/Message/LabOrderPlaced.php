<?php

declare(strict_types=1);

namespace App\Message;

final class LabOrderPlaced
{
    public function __construct(
        public readonly string $orderId,
        public readonly string $patientId,
        public readonly string $testCode,
        public readonly string $testName,
        public readonly string $orderingClinician,
        public readonly string $performingLab,
        public readonly int $placedAt,
    ) {
    }
}
