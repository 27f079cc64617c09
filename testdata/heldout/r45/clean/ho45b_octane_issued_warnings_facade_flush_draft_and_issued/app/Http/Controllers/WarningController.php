<?php

namespace App\Http\Controllers;

use App\Support\Facades\Issued;
use App\Warnings\DraftSession;
use App\Warnings\VtecSequence;
use App\Warnings\Warning;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class WarningController
{
    private const EVENTS = [
        'SVR' => 'Severe Thunderstorm Warning',
        'TOR' => 'Tornado Warning',
        'FFW' => 'Flash Flood Warning',
        'SMW' => 'Special Marine Warning',
    ];

    public function __construct(
        private readonly VtecSequence $sequence,
        private readonly DraftSession $draft,
    ) {
    }

    public function issue(Request $request): JsonResponse
    {
        $phenomenon = (string) $request->input('phenomenon');
        if (!isset(self::EVENTS[$phenomenon])) {
            return new JsonResponse(['message' => 'unsupported phenomenon'], 422);
        }

        $this->draft->open((string) $request->header('x-forecaster'), (array) $request->input('polygon'));

        $now = time();
        $expires = $now + 60 * (int) $request->input('valid_minutes', 30);
        $start = gmdate('ymd\THi\Z', $now);
        $end = gmdate('ymd\THi\Z', $expires);

        $warning = new Warning(
            vtec: $this->sequence->issue($phenomenon, $start, $end),
            event: self::EVENTS[$phenomenon],
            polygon: $this->draft->polygon,
            headline: sprintf('%s issued %s until %s by NWS %s', self::EVENTS[$phenomenon], $start, $end, $request->route('office')),
            hazard: (string) $request->input('hazard'),
            motion: (string) $request->input('motion'),
            issuedAt: gmdate(DATE_ATOM, $now),
            expiresAt: gmdate(DATE_ATOM, $expires),
            forecaster: (string) $this->draft->forecaster,
        );

        Issued::record($warning);

        return new JsonResponse(['vtec' => $warning->vtec, 'headline' => $warning->headline], 201);
    }
}
