<?php

namespace Tests\Support;

use App\Jobs\ProcessWorkoutUpload;
use Illuminate\Container\Container;
use Illuminate\Contracts\Queue\Job;
use Illuminate\Contracts\Queue\Queue;
use Illuminate\Queue\Jobs\RedisJob;

/**
 * Queue connection that replays recorded workout uploads instead of
 * talking to Redis. Serves PHPLEAK_N jobs, then reports empty.
 */
final class ReplayQueue implements Queue
{
    private int $served = 0;
    private int $total;

    public function __construct(private readonly Container $container, private readonly string $connectionName)
    {
        $this->total = (int) (getenv('PHPLEAK_N') ?: 100);
    }

    public function size(?string $queue = null): int
    {
        return $this->total - $this->served;
    }

    public function pop(?string $queue = null): ?Job
    {
        if ($this->served >= $this->total) {
            return null;
        }
        $n = $this->served++;

        $laps = [];
        for ($l = 0; $l < 3; $l++) {
            $laps[] = [
                'total_distance' => 1000.0 + ($n + $l) % 7 * 10,
                'total_timer_time' => 250 + ($n * 3 + $l * 11) % 90,
                'avg_heart_rate' => 140 + ($n + $l) % 25,
                'max_heart_rate' => 165 + ($n + $l) % 20,
                'total_ascent' => ($l * 3) % 8,
            ];
        }
        $command = new ProcessWorkoutUpload([
            'activity_id' => 'act-' . (900000 + $n),
            'athlete_id' => 'ath-' . (3000 + $n % 500),
            'sport' => $n % 5 === 0 ? 'cycling' : 'running',
            'start_time' => 1718150000 + $n * 600,
            'device' => 'fenix 7 Pro',
            'polyline' => str_repeat('o}~pHspcyA', 8) . substr(md5((string) $n), 0, 16) . str_repeat('_ibE_seK', 40),
            'laps' => $laps,
        ]);

        $payload = json_encode([
            'uuid' => sprintf('5e0a%04x-8c1d-4b6e-a2f0-%012x', $n % 0xffff, $n),
            'displayName' => ProcessWorkoutUpload::class,
            'job' => 'Illuminate\\Queue\\CallQueuedHandler@call',
            'maxTries' => 5,
            'data' => ['commandName' => ProcessWorkoutUpload::class, 'command' => serialize($command)],
        ]);

        return new RedisJob($this->container, $payload, $this->connectionName, $queue ?? 'default');
    }
}
