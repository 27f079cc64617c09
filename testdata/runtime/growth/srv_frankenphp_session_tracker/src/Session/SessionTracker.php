<?php

namespace App\Session;

use App\Http\Request;

final class SessionTracker
{
    /** @var array<string, SessionActivity> */
    private array $activity = [];

    public function touch(Request $request): void
    {
        $sessionId = $request->cookie('PHPSESSID') ?? 'anonymous';
        $this->activity[$sessionId] = new SessionActivity( // leak
            $sessionId,
            $request->path,
            $request->clientIp(),
            $request->header('User-Agent') ?? '',
            $request->post['note'] ?? '',
            microtime(true),
        );
    }

    public function activeSessions(): int
    {
        return count($this->activity);
    }
}
