<?php

namespace App\Presence;

use React\EventLoop\LoopInterface;

final class PresenceStream
{
    public array $sent = [];

    public function __construct(public readonly string $user, public readonly string $payload)
    {
    }

    public function ping(): void
    {
        $this->sent[] = 'ping';
    }
}

final class PresenceController
{
    public function __construct(private LoopInterface $loop)
    {
    }

    public function open(array $request): PresenceStream
    {
        $stream = new PresenceStream($request['user'], str_repeat('p', 300));
        $this->loop->addPeriodicTimer(15.0, $stream->ping(...)); // leak

        return $stream;
    }
}
