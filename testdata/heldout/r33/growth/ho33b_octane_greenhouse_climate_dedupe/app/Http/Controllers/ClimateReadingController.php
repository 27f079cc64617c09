<?php

namespace App\Http\Controllers;

use App\Climate\ClimateKey;
use App\Climate\ClimateSnapshot;
use App\Facades\Climate;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class ClimateReadingController
{
    /** @param array<string, list<string>> $sites */
    public function __construct(private readonly array $sites)
    {
    }

    public function store(Request $request): JsonResponse
    {
        $site = (string) $request->route('site');
        $zone = (string) $request->route('zone');

        if (!in_array($zone, $this->sites[$site] ?? [], true)) {
            return new JsonResponse(['message' => 'Unknown zone'], 404);
        }

        $payload = $request->all();
        $key = ClimateKey::forMinute($site, $zone, (int) $payload['recorded_at'], Climate::window());

        $snapshot = Climate::remember($key, static fn (): ClimateSnapshot => ClimateSnapshot::fromPayload($site, $zone, $payload));

        return new JsonResponse([
            'site' => $snapshot->site,
            'zone' => $snapshot->zone,
            'vpd_kpa' => $snapshot->vpd,
            'duplicate' => $snapshot->gatewayId !== $payload['gateway_id'] || $snapshot->recordedAt !== $payload['recorded_at'],
        ], 202);
    }
}
