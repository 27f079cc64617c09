<?php
namespace App\Repair;

final class RepairEstimator
{
    private const HOURS = ['front_bumper' => 2.5, 'rear_bumper' => 2.5, 'door_fl' => 3.0, 'door_rr' => 3.0, 'bonnet' => 3.5, 'wing_rl' => 2.0];

    public function __construct(private int $labourRatePence)
    {
    }

    /** @param list<array{panel: string, severity: int, note: string}> $marks */
    public function estimate(array $marks): int
    {
        $pence = 0;
        foreach ($marks as $mark) {
            $pence += (int) round((self::HOURS[$mark['panel']] ?? 1.5) * $mark['severity'] * $this->labourRatePence);
        }

        return $pence;
    }
}
