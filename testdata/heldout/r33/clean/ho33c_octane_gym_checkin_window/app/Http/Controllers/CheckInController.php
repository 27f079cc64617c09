<?php

namespace App\Http\Controllers;

use App\Models\CheckIn;
use App\Support\Facades\FrontDesk;
use Illuminate\Foundation\JsonResponse;
use Illuminate\Foundation\Request;

class CheckInController
{
    private const PLANS = ['basic' => 'Basic', 'plus' => 'Plus', 'black' => 'Black Card'];

    public function store(Request $request): JsonResponse
    {
        $checkIn = new CheckIn(
            (int) $request->input('member_id'),
            trim((string) $request->input('name')),
            self::PLANS[$request->input('plan')] ?? 'Basic',
            strtoupper((string) $request->input('club')),
            $request->header('X-Turnstile', 'main'),
            new \DateTimeImmutable('@' . $request->input('scanned_at')),
        );

        FrontDesk::feed()->record($checkIn);

        return new JsonResponse([
            'ok' => true,
            'recent' => count(FrontDesk::latest(5)),
        ], 201);
    }
}
