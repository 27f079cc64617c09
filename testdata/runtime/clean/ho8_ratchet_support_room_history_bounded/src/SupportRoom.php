<?php

declare(strict_types=1);

namespace Helpdesk\Socket;

use Ratchet\ConnectionInterface;
use Ratchet\MessageComponentInterface;

final class ChatMessage implements \JsonSerializable
{
    public function __construct(public readonly string $author, public readonly string $body, public readonly float $sentAt) {}

    public function jsonSerialize(): array
    {
        return ['author' => $this->author, 'body' => $this->body, 'sentAt' => $this->sentAt];
    }
}

final class SupportRoom implements MessageComponentInterface
{
    private const REPLAY_SIZE = 20;

    private \SplObjectStorage $participants;

    /** @var list<ChatMessage> replayed to whoever joins */
    private array $history = [];

    public function __construct()
    {
        $this->participants = new \SplObjectStorage();
    }

    public function onOpen(ConnectionInterface $conn)
    {
        $this->participants->attach($conn);
        $conn->send(json_encode(['type' => 'history', 'messages' => $this->history]));
    }

    public function onMessage(ConnectionInterface $from, $msg)
    {
        $payload = json_decode($msg, true, flags: JSON_THROW_ON_ERROR);
        $message = new ChatMessage($payload['author'], strip_tags($payload['body']), microtime(true));
        $this->history[] = $message;
        if (count($this->history) > self::REPLAY_SIZE) {
            array_shift($this->history);
        }

        foreach ($this->participants as $participant) {
            $participant->send(json_encode(['type' => 'message', 'message' => $message]));
        }
    }

    public function onClose(ConnectionInterface $conn)
    {
        $this->participants->detach($conn);
    }

    public function onError(ConnectionInterface $conn, \Exception $e)
    {
        $conn->send(json_encode(['type' => 'error', 'reason' => $e->getMessage()]));
    }
}
