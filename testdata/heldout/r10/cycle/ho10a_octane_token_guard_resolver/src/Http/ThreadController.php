<?php

declare(strict_types=1);

namespace App\Http;

use Lite\Http\Request;
use Lite\Http\Response;

final class ThreadController
{
    public function show(Request $request, string $thread): Response
    {
        $guard = $request->attributes['guard'];
        $user = $guard->user();

        $payload = [
            'thread' => (int) $thread,
            'title' => sprintf('Discussion thread %d', $thread),
            'viewer' => ['id' => $user->id, 'name' => $user->displayName],
            'can_moderate' => $guard->hasRole('moderator'),
            'posts' => array_map(
                static fn (int $k) => ['id' => $thread * 10 + $k, 'body' => str_repeat("Reply {$k} in thread {$thread}. ", 4)],
                range(1, 5),
            ),
        ];

        return new Response(json_encode($payload), 200, ['Content-Type' => 'application/json']);
    }
}
