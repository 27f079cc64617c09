<?php

namespace App\Http\Controllers;

use App\Facades\SeatMap;
use Illuminate\Http\Request;

final class SeatMapController
{
    public function show(Request $request): array
    {
        $eventId = (int) $request->route('event');
        $section = strtoupper((string) $request->route('section'));
        $holdToken = (string) $request->header('X-Hold-Token', 'anonymous');

        return [
            'status' => 200,
            'body' => SeatMap::availability($eventId, $section, $holdToken),
        ];
    }
}
