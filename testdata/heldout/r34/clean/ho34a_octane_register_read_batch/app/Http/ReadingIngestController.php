<?php

namespace App\Http;

use App\Facades\RegisterBatch;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class ReadingIngestController
{
    /** POST /api/v1/meters/reads -- one interval read from the head-end, all registers of one meter */
    public function store(Request $request): JsonResponse
    {
        $payload = $request->json();
        $registers = config('metering.registers');
        $accepted = 0;

        foreach ($payload['registers'] as $obis => $value) {
            if (!isset($registers[$obis])) {
                continue;
            }
            RegisterBatch::add(
                $payload['meterId'],
                $obis,
                (float) $value,
                $payload['readAt'],
                $this->qualityFlag($payload),
            );
            $accepted++;
        }

        return new JsonResponse(['meterId' => $payload['meterId'], 'accepted' => $accepted], 202);
    }

    private function qualityFlag(array $payload): string
    {
        return match (true) {
            !empty($payload['estimated']) => 'E',
            !empty($payload['powerFailure']) => 'PF',
            default => 'V',
        };
    }
}
