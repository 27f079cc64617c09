<?php

namespace App\Returns;

final class InspectionCompleted
{
    public const NAME = 'returns.inspection_completed';

    public function __construct(public readonly string $rmaNumber, public readonly string $grade)
    {
    }
}
