<?php

namespace Csms\Ocpp;

final class SampledValue
{
    public function __construct(
        public readonly int $timestamp,
        public readonly string $measurand,
        public readonly float $value,
        public readonly string $unit,
        public readonly ?string $phase = null,
    ) {
    }

    /** @return list<self> */
    public static function fromMeterValue(array $meterValue): array
    {
        $ts = (int) strtotime($meterValue['timestamp']);
        $out = [];
        foreach ($meterValue['sampledValue'] as $sv) {
            $out[] = new self($ts, $sv['measurand'] ?? 'Energy.Active.Import.Register', (float) $sv['value'], $sv['unit'] ?? 'Wh', $sv['phase'] ?? null);
        }

        return $out;
    }
}
