<?php

namespace App\Http\Controllers;

use App\Facades\PlayQueue;
use App\Queue\QueuedTrack;
use App\Support\QueueKey;
use Illuminate\Http\Request;

final class PlayQueueController
{
    public function append(Request $request): array
    {
        $key = QueueKey::forDevice(
            (int) $request->input('listener_id'),
            (string) $request->header('X-Device-Id', 'web'),
        );

        $context = (string) $request->input('context_uri', 'library:liked');
        $now = (int) $request->input('client_ts', time());
        $length = 0;

        foreach ($request->input('tracks', []) as $item) {
            $length = PlayQueue::push($key, QueuedTrack::fromPayload($item, $context, $now));
        }

        return ['queue' => $key, 'length' => $length, 'next' => PlayQueue::peek($key)?->isrc];
    }
}
