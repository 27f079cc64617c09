<?php

namespace App\Message;

use App\AntiCheat\Game;

final class CheatReportSubmitted
{
    public function __construct(
        public readonly string $reportId,
        public readonly string $matchId,
        public readonly int $suspectId,
        public readonly Game $game,
        /** @var array<string, float> signal name => measured value */
        public readonly array $signals,
        public readonly string $reporterNote = '',
    ) {
    }
}
