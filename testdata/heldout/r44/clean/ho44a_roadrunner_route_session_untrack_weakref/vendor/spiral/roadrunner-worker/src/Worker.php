<?php

declare(strict_types=1);

namespace Spiral\RoadRunner;

/**
 * Pipes relay to the RoadRunner server. The relay replays the requests the
 * server hands to this worker before it is recycled.
 */
final class Worker implements WorkerInterface
{
    private int $received = 0;
    private int $responded = 0;

    private function __construct(private readonly int $maxJobs)
    {
    }

    public static function create(): self
    {
        return new self((int) (getenv('PHPLEAK_N') ?: 100));
    }

    public function waitPayload(): ?Payload
    {
        if ($this->received >= $this->maxJobs) {
            return null;
        }
        $i = $this->received++;
        $from = [48.80 + ($i % 11) * 0.01, 2.25 + ($i % 13) * 0.01];
        $to = [48.86 + ($i % 7) * 0.01, 2.33 + ($i % 5) * 0.01];
        $context = json_encode([
            'method' => 'GET',
            'uri' => sprintf('/v1/route?from=%.4f,%.4f&to=%.4f,%.4f&profile=%s&rid=%d', $from[0], $from[1], $to[0], $to[1], ['car', 'bike', 'foot'][$i % 3], $i),
            'headers' => ['Accept' => ['application/json'], 'X-Request-Id' => [sprintf('%08x', $i * 2654435761 % 0xffffffff)]],
        ]);

        return new Payload('', $context);
    }

    public function respond(Payload $payload): void
    {
        $this->responded++;
    }

    public function error(string $message): void
    {
        $this->responded++;
    }
}
