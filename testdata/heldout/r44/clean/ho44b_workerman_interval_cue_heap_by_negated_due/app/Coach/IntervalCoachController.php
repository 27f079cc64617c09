<?php

declare(strict_types=1);

namespace App\Coach;

use App\Plans\TrainingPlanRepository;
use Workerman\Connection\TcpConnection;

/**
 * Frames from the watch during a guided session. When an interval ends the
 * watch reports it and the next cue is scheduled for the end of the rest.
 */
final class IntervalCoachController
{
    public function __construct(
        private readonly TrainingPlanRepository $plans,
        private readonly CueComposer $composer,
        private readonly CueScheduler $scheduler,
    ) {
    }

    public function onMessage(TcpConnection $connection, string $data): void
    {
        $frame = json_decode($data, true);
        if (!is_array($frame) || ($frame['type'] ?? null) !== 'interval_done') {
            $connection->send('{"type":"ignored"}');
            return;
        }

        $next = (int) $frame['interval'] + 1;
        $step = $this->plans->step((string) $frame['plan'], $next);
        if ($step === null) {
            $connection->send(json_encode(['type' => 'session_complete', 'session' => $frame['session']]));
            return;
        }

        $cue = $this->composer->compose(
            (string) $frame['athlete'],
            (string) $frame['session'],
            $next,
            $step,
            array_values(array_map('strval', $frame['tokens'] ?? [])),
        );
        $this->scheduler->scheduleIn($cue, $step->restSeconds);

        $connection->send(json_encode(['type' => 'rest', 'seconds' => $step->restSeconds, 'next' => $step->label]));
    }
}
