<?php

declare(strict_types=1);

namespace App\Coach;

use App\Plans\IntervalStep;

final class CueComposer
{
    public function compose(string $athleteId, string $sessionId, int $interval, IntervalStep $step, array $tokens): Cue
    {
        $text = sprintf(
            'Interval %d: %s. Hold zone %d%s. Relax your shoulders and keep your cadence up; the watch will buzz when it is time to recover.',
            $interval + 1,
            $step->label,
            $step->targetZone,
            $step->targetPace !== null ? ' at ' . $step->targetPace : '',
        );

        return new Cue($athleteId, $sessionId, $interval, $text, $step->targetPace, $step->targetZone, $tokens);
    }
}
