<?php

namespace Csms\Ocpp;

final class SessionSummary
{
    public function __construct(
        public readonly string $chargePointId,
        public readonly int $transactionId,
        public readonly string $idTag,
        public readonly float $energyWh,
        public readonly float $peakPowerW,
        public readonly string $stopReason,
        public readonly int $samples,
    ) {
    }
}
