<?php
declare(strict_types=1);

namespace App\Chat;

use React\Socket\ConnectionInterface;

/** One websocket-ish chat client: buffers lines, tracks rooms and typing state. */
final class ChatSession
{
    private string $buffer = '';
    private ?int $userId = null;
    /** @var array<string, true> */
    private array $rooms = [];
    private array $typingSince = [];

    public function __construct(
        private readonly string $id,
        private readonly ConnectionInterface $connection,
        private readonly RoomDirectory $directory,
    ) {
    }

    public function id(): string
    {
        return $this->id;
    }

    /** @return string[] */
    public function rooms(): array
    {
        return array_keys($this->rooms);
    }

    public function onData(string $chunk): void
    {
        $this->buffer .= $chunk;
        while (($pos = strpos($this->buffer, "\n")) !== false) {
            $line = substr($this->buffer, 0, $pos);
            $this->buffer = substr($this->buffer, $pos + 1);
            $frame = json_decode($line, true);
            if (is_array($frame)) {
                $this->handle($frame);
            }
        }
    }

    private function handle(array $frame): void
    {
        switch ($frame['type'] ?? '') {
            case 'hello':
                $this->userId = (int) $frame['user'];
                $this->connection->write(json_encode(['type' => 'welcome', 'user' => $this->userId]));
                break;
            case 'join':
                $this->rooms[$frame['room']] = true;
                $this->directory->join($frame['room'], $this);
                break;
            case 'typing':
                $this->typingSince[$frame['room']] = microtime(true);
                $this->broadcast($frame['room'], ['type' => 'typing', 'user' => $this->userId]);
                break;
            case 'message':
                unset($this->typingSince[$frame['room']]);
                $this->broadcast($frame['room'], ['type' => 'message', 'user' => $this->userId, 'text' => $frame['text']]);
                break;
            case 'leave':
                unset($this->rooms[$frame['room']]);
                $this->directory->leave($frame['room'], $this);
                break;
        }
    }

    private function broadcast(string $room, array $payload): void
    {
        $json = json_encode($payload);
        foreach ($this->directory->others($room, $this) as $peer) {
            $peer->deliver($json);
        }
    }

    /** Called once the socket is gone: drop everything the connection still points at. */
    public function detach(): void
    {
        $this->connection->removeAllListeners();
        $this->typingSince = [];
        $this->buffer = '';
    }

    public function deliver(string $json): void
    {
        $this->connection->write($json);
    }
}
