<?php
// A chat server written in the project (as a Swoole-style stand-in) runs
// the 'message' callback it was handed for every frame. The callback
// marks the sender present; a 'leave' frame takes the sender out, but
// clients that drop their connection never send one, so the presence
// list keeps every user ever seen.

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
        $this->present[$user] = ['at' => time(), 'agent' => $agent]; // leak
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
    if ($frame['type'] === 'leave') {
        $board->leave($frame['user']);

        return;
    }
    $board->seen($frame['user'], $frame['agent']);
});
$server->start((int) (getenv('PHPLEAK_N') ?: 100));
