<?php

namespace App\Services;

use App\Support\FlightStatus;

/**
 * Caches the status shown on the departures board so that a burst of
 * kiosk and app requests for the same leg hits the AODB feed once.
 */
final class FlightStatusBoard
{
    /** @var array<string, array{status: FlightStatus, body: array, expires: int}> */
    private array $board = [];

    public function __construct(private int $ttlSeconds)
    {
    }

    /**
     * Returns the rendered board row for the leg, resolving it from the
     * feed when the cached one has expired.
     */
    public function remember(string $key, int $now, \Closure $resolve): array
    {
        $entry = $this->board[$key] ?? null;
        if ($entry !== null && $entry['expires'] > $now) {
            return $entry['body'];
        }

        $status = $resolve();
        $this->put($key, $status, $now);

        return $this->board[$key]['body'];
    }

    private function put(string $key, FlightStatus $status, int $now): void
    {
        $this->board[$key] = [ // leak
            'status' => $status,
            'body' => $status->toArray() + [
                'etag' => sha1($status->sourceMessage),
                'updated' => gmdate('D, d M Y H:i:s \G\M\T', $status->fetchedAt),
            ],
            'expires' => $now + $this->ttlSeconds,
        ];
    }
}
