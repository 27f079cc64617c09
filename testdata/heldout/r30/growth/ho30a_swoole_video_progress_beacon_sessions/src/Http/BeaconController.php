<?php

namespace App\Http;

use App\Progress\PlaybackSession;
use App\Progress\PlaybackSessionRegistry;
use App\Progress\ProgressStore;
use Swoole\Http\Request;
use Swoole\Http\Response;

final class BeaconController
{
    public function __construct(private ProgressStore $store)
    {
    }

    public function __invoke(Request $request, Response $response): void
    {
        $payload = json_decode($request->rawContent(), true);
        $at = $request->server['request_time'];

        foreach ($payload['events'] as $event) {
            match ($event['type']) {
                'start' => $this->start($payload, $request->header['user-agent'] ?? '', $at),
                'heartbeat' => $this->heartbeat($payload['session'], $event, $at),
                'pause' => $this->pause($payload['session'], $event, $at),
                'ended' => $this->ended($payload['session'], $event, $at),
                default => null,
            };
        }

        $response->end('{"ok":true}');
    }

    private function start(array $payload, string $userAgent, int $at): void
    {
        if (PlaybackSessionRegistry::find($payload['session']) !== null) {
            return;
        }
        PlaybackSessionRegistry::open(new PlaybackSession($payload['session'], $payload['user_id'], $payload['lesson_id'], $userAgent, $at));
    }

    private function heartbeat(string $token, array $event, int $at): void
    {
        PlaybackSessionRegistry::find($token)?->advance($event['position'], $at, [
            'buffered' => $event['buffered'] ?? null,
            'rate' => $event['rate'] ?? 1.0,
        ]);
    }

    private function pause(string $token, array $event, int $at): void
    {
        // A paused player may resume: keep the session open for its next beacon.
        if ($session = PlaybackSessionRegistry::find($token)) {
            $session->advance($event['position'], $at);
            $this->store->checkpoint($session, false);
        }
    }

    private function ended(string $token, array $event, int $at): void
    {
        if ($session = PlaybackSessionRegistry::close($token)) {
            $session->advance($event['position'], $at);
            $this->store->checkpoint($session, true);
        }
    }
}
