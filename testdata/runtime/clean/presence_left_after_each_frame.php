<?php
// A chat server written in the project (as a Swoole-style stand-in) runs
// the 'message' callback it was handed for every frame. The callback
// marks the sender present for the length of the frame's work and takes
// it out again when the work is done, so the presence list holds only
// the users being served.

final class FrameServer
{
    /** @var array<string, Closure> */
    private array $callbacks = [];

    public function on(string $event, Closure $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function start(int $frames): void
    {
        for ($i = 0; $i < $frames; $i++) {
            $type = $i % 10 === 9 ? 'leave' : 'ping';
            ($this->callbacks['message'])($this, json_encode(['type' => $type, 'user' => 'u' . $i, 'agent' => str_repeat('Mozilla/5.0 ', 20)]));
        }
    }
}

final class PresenceBoard
{
    /** @var array<string, array{at: int, agent: string}> */
    private array $present = [];

    public function seen(string $user, string $agent): void
    {
        $this->present[$user] = ['at' => time(), 'agent' => $agent];
    }

    public function leave(string $user): void
    {
        unset($this->present[$user]);
    }
}

$board = new PresenceBoard();
$server = new FrameServer();
$server->on('message', static function (FrameServer $server, string $data) use ($board): void {
    $frame = json_decode($data, true);
    $board->seen($frame['user'], $frame['agent']);
    try {
        $reply = strtoupper($frame['type']);
    } finally {
        $board->leave($frame['user']);
    }
});
$server->start((int) (getenv('PHPLEAK_N') ?: 100));
