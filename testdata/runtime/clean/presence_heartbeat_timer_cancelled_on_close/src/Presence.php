<?php

namespace App\Presence;

use React\EventLoop\LoopInterface;

final class PresenceStream
{
    public array $sent = [];
    public ?\Closure $onClose = null;

    public function __construct(public readonly string $user, public readonly string $payload)
    {
    }

    public function ping(): void
    {
        $this->sent[] = 'ping';
    }

    public function close(): void
    {
        ($this->onClose)();
        $this->onClose = null;
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
        $timer = $this->loop->addPeriodicTimer(15.0, $stream->ping(...));
        $stream->onClose = fn () => $this->loop->cancelTimer($timer);

        return $stream;
    }
}
