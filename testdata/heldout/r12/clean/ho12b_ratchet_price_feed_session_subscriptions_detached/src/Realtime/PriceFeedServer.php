<?php
declare(strict_types=1);

namespace App\Realtime;

use Ratchet\ConnectionInterface;
use Ratchet\MessageComponentInterface;

final class PriceFeedServer implements MessageComponentInterface
{
    /** Live sessions, keyed by connection. */
    private \SplObjectStorage $sessions;
    /** @var array<string,int> subscriber count per topic, for the admin stats page */
    private array $topicStats = [];

    /** @param list<string> $topics */
    public function __construct(private readonly array $topics)
    {
        $this->sessions = new \SplObjectStorage();
        $this->topicStats = array_fill_keys($topics, 0);
    }

    public function onOpen(ConnectionInterface $conn): void
    {
        $this->sessions->attach($conn, new ClientSession($conn, 'anonymous'));
    }

    public function onMessage(ConnectionInterface $from, string $msg): void
    {
        $frame = json_decode($msg, true, 8, JSON_THROW_ON_ERROR);
        /** @var ClientSession $session */
        $session = $this->sessions[$from];

        if (($frame['op'] ?? null) === 'subscribe' && in_array($frame['topic'], $this->topics, true)) {
            $session->subscribe($frame['topic'], (array) ($frame['filter'] ?? []))
                ->deliver('{"snapshot":true}');
            $this->topicStats[$frame['topic']]++;
        }
    }

    public function onClose(ConnectionInterface $conn): void
    {
        if (!$this->sessions->contains($conn)) {
            return;
        }
        /** @var ClientSession $session */
        $session = $this->sessions[$conn];
        foreach ($session->topics() as $topic) {
            $this->topicStats[$topic]--;
        }
        $session->close();
        $this->sessions->detach($conn);
    }

    public function onError(ConnectionInterface $conn, \Throwable $e): void
    {
        $this->onClose($conn);
        $conn->close();
    }
}
