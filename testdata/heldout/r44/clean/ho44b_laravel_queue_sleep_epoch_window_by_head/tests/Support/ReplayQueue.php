<?php

namespace Tests\Support;

use App\Jobs\AnalyzeSleepChunk;
use Illuminate\Container\Container;
use Illuminate\Contracts\Queue\Job;
use Illuminate\Contracts\Queue\Queue;
use Illuminate\Queue\Jobs\RedisJob;

/**
 * Queue connection that replays a recorded morning of sleep uploads instead
 * of talking to Redis. Serves PHPLEAK_N jobs, then reports empty.
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

        $start = 1717972800 + ($n % 60) * 480;
        $epochs = [];
        for ($e = 0; $e < 16; $e++) {
            $epochs[] = [
                't' => $start + $e * 30,
                'acc' => round(0.01 + (($n * 31 + $e * 17) % 100) / 900, 4),
                'hr' => 50 + ($n + $e * 3) % 22,
                'hrv' => 28.0 + ($n * 7 + $e) % 40,
                'temp' => 33.1 + ($e % 5) / 10,
            ];
        }
        $command = new AnalyzeSleepChunk('ath-' . (2000 + $n % 500), '2024-06-09', $n % 60, $epochs);

        $payload = json_encode([
            'uuid' => sprintf('9c1f%04x-5a2e-4f7b-9d3c-%012x', $n % 0xffff, $n),
            'displayName' => AnalyzeSleepChunk::class,
            'job' => 'Illuminate\\Queue\\CallQueuedHandler@call',
            'maxTries' => 3,
            'data' => ['commandName' => AnalyzeSleepChunk::class, 'command' => serialize($command)],
        ]);

        return new RedisJob($this->container, $payload, $this->connectionName, $queue ?? 'default');
    }
}
