<?php
// A Swoole-style WebSocket chat server keeps a session per connection fd and room memberships, and removes both in its 'close' callback.

final class Frame
{
    public function __construct(public readonly int $fd, public readonly string $data) {}
}

final class FakeWebSocketServer
{
    private array $callbacks = [];
    public array $pushed = [];

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function push(int $fd, string $data): void
    {
        $this->pushed[$fd % 4] = $data;
    }

    public function start(int $connections): void
    {
        for ($fd = 1; $fd <= $connections; $fd++) {
            ($this->callbacks['open'])($this, ['fd' => $fd, 'header' => ['user-agent' => 'ChatClient/2.3', 'cookie' => 'uid=' . (7000 + $fd)]]);
            ($this->callbacks['message'])($this, new Frame($fd, json_encode(['type' => 'join', 'room' => 'support-' . ($fd % 5)])));
            ($this->callbacks['message'])($this, new Frame($fd, json_encode(['type' => 'say', 'text' => 'Hello, I need help with my order ' . $fd])));
            ($this->callbacks['close'])($this, $fd);
        }
    }
}

final class ChatSession
{
    public ?string $room = null;
    public array $history = [];

    public function __construct(public readonly int $fd, public readonly string $userId, public readonly array $headers) {}
}

final class ChatApplication
{
    /** @var array<int, ChatSession> */
    private array $sessions = [];
    /** @var array<string, array<int, ChatSession>> */
    private array $rooms = [];

    public function attach(FakeWebSocketServer $server): void
    {
        $server->on('open', fn ($srv, array $request) => $this->onOpen($request));
        $server->on('message', fn ($srv, Frame $frame) => $this->onMessage($srv, $frame));
        $server->on('close', fn ($srv, int $fd) => $this->onClose($fd));
    }

    private function onOpen(array $request): void
    {
        $this->sessions[$request['fd']] = new ChatSession($request['fd'], substr($request['header']['cookie'], 4), $request['header']);
    }

    private function onMessage(FakeWebSocketServer $server, Frame $frame): void
    {
        $session = $this->sessions[$frame->fd];
        $payload = json_decode($frame->data, true);
        if ($payload['type'] === 'join') {
            $session->room = $payload['room'];
            $this->rooms[$session->room][$frame->fd] = $session;
            return;
        }
        $session->history[] = $payload['text'];
        foreach ($this->rooms[$session->room] as $fd => $member) {
            if ($fd !== $frame->fd && isset($this->sessions[$fd])) {
                $server->push($fd, $session->userId . ': ' . $payload['text']);
            }
        }
    }

    private function onClose(int $fd): void
    {
        $room = $this->sessions[$fd]->room ?? null;
        if ($room !== null) {
            unset($this->rooms[$room][$fd]);
        }
        unset($this->sessions[$fd]);
    }
}

$server = new FakeWebSocketServer();
(new ChatApplication())->attach($server);
$server->start((int) (getenv('PHPLEAK_N') ?: 100));
