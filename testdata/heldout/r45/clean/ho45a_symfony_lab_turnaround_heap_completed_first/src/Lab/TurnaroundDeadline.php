<?php

declare(strict_types=1);

namespace App\Lab;

use App\Message\LabOrderPlaced;

final class TurnaroundDeadline
{
    /** Expected turnaround per send-out test, in hours. */
    private const TURNAROUND_HOURS = [
        'BCX' => 120,   // blood culture
        'UCX' => 72,    // urine culture
        'PATH' => 96,   // surgical pathology
        'GENE' => 336,  // genetic panel
        'HCV-RNA' => 72,
    ];

    public function __construct(
        public readonly string $orderId,
        public readonly string $patientId,
        public readonly string $testCode,
        public readonly string $summary,
        public readonly string $orderingClinician,
        public readonly int $dueAt,
    ) {
    }

    public static function forOrder(LabOrderPlaced $order): self
    {
        $hours = self::TURNAROUND_HOURS[$order->testCode] ?? 48;
        return new self(
            $order->orderId,
            $order->patientId,
            $order->testCode,
            sprintf('%s (%s) sent to %s for %s', $order->testName, $order->testCode, $order->performingLab, $order->patientId),
            $order->orderingClinician,
            $order->placedAt + $hours * 3600,
        );
    }
}
