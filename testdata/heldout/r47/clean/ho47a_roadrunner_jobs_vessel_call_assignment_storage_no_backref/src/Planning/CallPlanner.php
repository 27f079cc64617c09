<?php

declare(strict_types=1);

namespace Port\Planning;

final class CallPlanner
{
    public function __construct(
        private readonly int $movesPerCraneHour,
        private readonly int $cranesPer100m,
    ) {}

    /** @return array{call:string,berths:list<string>,cranes:int,hours:float,fits:bool} */
    public function plan(array $payload): array
    {
        $call = VesselCall::fromPayload($payload);
        foreach ($payload['berths'] as $b) {
            $call->assign($b['berth'], $b['from_m'], $b['to_m'], $b['side']);
        }

        $quay = 0;
        $fits = false;
        $labels = [];
        foreach ($call->assignments() as $assignment) {
            $quay += $assignment->quayLength();
            $fits = $fits || $assignment->coversVessel();
            $labels[] = $assignment->label();
        }
        $cranes = max(1, intdiv($quay, 100) * $this->cranesPer100m);

        return [
            'call' => $call->name . ' ' . $call->voyage,
            'berths' => $labels,
            'cranes' => $cranes,
            'hours' => round($call->moves / ($cranes * $this->movesPerCraneHour), 1),
            'fits' => $fits,
        ];
    }
}
