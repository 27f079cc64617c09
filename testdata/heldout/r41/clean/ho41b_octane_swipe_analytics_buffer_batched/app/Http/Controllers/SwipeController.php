<?php
declare(strict_types=1);

namespace App\Http\Controllers;

use App\Analytics\SwipeEventBuffer;
use App\Events\SwipeRecorded;

final class SwipeController
{
    private const DIRECTIONS = ['like', 'pass', 'superlike'];

    public function __construct(private readonly SwipeEventBuffer $analytics)
    {
    }

    public function store(array $request): array
    {
        $body = $request['json'];
        $direction = in_array($body['direction'], self::DIRECTIONS, true) ? $body['direction'] : 'pass';

        $event = new SwipeRecorded(
            viewerId: $request['user_id'],
            targetId: (int) $body['target_id'],
            direction: $direction,
            deckPosition: (int) $body['position'],
            geohash: (string) $body['geohash'],
            appVersion: $request['headers']['x-app-version'],
            sessionId: $request['headers']['x-session'],
            userAgent: $request['headers']['user-agent'] ?? 'unknown',
            experiments: config('analytics.swipes.experiments', []),
            occurredAt: new \DateTimeImmutable(),
        );
        $this->analytics->record($event);

        $matched = $direction !== 'pass' && ($request['user_id'] + $body['target_id']) % 7 === 0;
        return ['status' => 201, 'body' => json_encode(['matched' => $matched, 'pending' => $this->analytics->pending()])];
    }
}
