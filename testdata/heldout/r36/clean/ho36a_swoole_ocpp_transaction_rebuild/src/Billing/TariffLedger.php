<?php

namespace Csms\Billing;

use Csms\Ocpp\SessionSummary;

final class TariffLedger
{
    /** @var array<string, array{sessions: int, kwh: float, cents: int}> totals per stop reason */
    private array $totals = [];

    public function __construct(private readonly int $centsPerKwh)
    {
    }

    public function book(SessionSummary $summary): void
    {
        $kwh = $summary->energyWh / 1000;
        $row = $this->totals[$summary->stopReason] ?? ['sessions' => 0, 'kwh' => 0.0, 'cents' => 0];
        $row['sessions']++;
        $row['kwh'] += $kwh;
        $row['cents'] += (int) round($kwh * $this->centsPerKwh);
        $this->totals[$summary->stopReason] = $row;
    }
}
