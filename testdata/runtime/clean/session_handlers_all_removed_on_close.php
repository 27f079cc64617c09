<?php
// A game server makes a session per connection. The session routes each
// message type to one of its own methods through closures bound to it,
// kept in its event table: session, table and closures form a cycle
// while the session is open. close() removes the handlers of every type
// the table has (types() lists its keys), optional ones included, so
// the cycle is gone when the connection ends.

final class SessionEvents
{
    /** @var array<string, list<Closure>> */
    private array $handlers = [];

    public function on(string $type, Closure $handler): void
    {
        $this->handlers[$type][] = $handler;
    }

    public function off(string $type): void
    {
        unset($this->handlers[$type]);
    }

    /** @return list<string> */
    public function types(): array
    {
        return array_keys($this->handlers);
    }

    public function dispatch(string $type, array $payload): void
    {
        foreach ($this->handlers[$type] ?? [] as $handler) {
            $handler($payload);
        }
    }
}

final class PlayerSession
{
    private const CORE = ['move' => 'onMove', 'chat' => 'onChat'];

    private SessionEvents $events;
    private array $position = [0.0, 0.0];
    private array $chat = [];
    private string $profile;

    public function __construct(public readonly string $playerId, bool $emotes)
    {
        $this->profile = str_repeat($playerId, 40);
        $this->events = new SessionEvents();
        foreach (self::CORE as $type => $method) {
            $this->events->on($type, $this->handler($method));
        }
        if ($emotes) {
            $this->events->on('emote', $this->handler('onEmote'));
        }
    }

    public function receive(string $type, array $payload): void
    {
        $this->events->dispatch($type, $payload);
    }

    public function close(): void
    {
        foreach ($this->events->types() as $type) {
            $this->events->off($type);
        }
    }

    private function handler(string $method): Closure
    {
        return Closure::fromCallable([$this, $method]);
    }

    private function onMove(array $d): void
    {
        $this->position = [(float) $d['x'], (float) $d['y']];
    }

    private function onChat(array $d): void
    {
        $this->chat = array_slice([...$this->chat, (string) $d['text']], -3);
    }

    private function onEmote(array $d): void
    {
        $this->chat[] = ':emote' . (int) $d['id'] . ':';
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $session = new PlayerSession(sprintf('pl-%06d', $i), true);
    $session->receive('move', ['x' => $i, 'y' => -$i]);
    $session->receive('chat', ['text' => "gg $i"]);
    $session->receive('emote', ['id' => $i % 12]);
    $session->close();
    unset($session);
}
