<?php

namespace App\Http\Controllers;

use App\Ingest\ObservationFactory;
use App\Ingest\RangeCheck;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class ObservationController
{
    public function __construct(
        private readonly ObservationFactory $observations,
        private readonly RangeCheck $rangeCheck,
    ) {
    }

    public function store(Request $request): JsonResponse
    {
        $observation = $this->observations->fromRequest((string) $request->route('station'), $request->all());
        $result = $this->rangeCheck->evaluate($observation);

        return new JsonResponse([
            'station' => $observation->stationId,
            'variable' => $observation->variable->value,
            'qc' => $result->flag,
            'limits' => [$result->lower, $result->upper],
        ], $result->flag === 'reject' ? 422 : 202);
    }
}
