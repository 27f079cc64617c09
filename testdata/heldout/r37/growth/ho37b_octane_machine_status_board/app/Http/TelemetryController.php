<?php

namespace App\Http;

use App\Facades\StatusBoard;
use App\Support\MachineKey;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

final class TelemetryController
{
    public function store(Request $request): JsonResponse
    {
        $payload = $request->all();
        $key = MachineKey::fromPayload($payload);

        StatusBoard::record($key, $this->normalize($payload));

        return new JsonResponse(['board' => StatusBoard::snapshot($key)], 202);
    }

    private function normalize(array $payload): array
    {
        return [
            'ts' => (int) $payload['ts'],
            'spindle_load' => round((float) $payload['spindle_load'], 2),
            'feed_override' => (int) ($payload['feed_override'] ?? 100),
            'program' => (string) ($payload['program'] ?? ''),
            'alarm' => (string) ($payload['alarm'] ?? ''),
            'operator' => (string) ($payload['operator'] ?? ''),
        ];
    }
}
