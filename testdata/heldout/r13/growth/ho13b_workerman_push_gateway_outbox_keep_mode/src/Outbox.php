<?php

declare(strict_types=1);

namespace App\Push;

use Workerman\Connection\TcpConnection;

/**
 * Frames waiting to be written to one subscriber connection.
 */
final class Outbox
{
    private \SplQueue $frames;
    private int $sequence = 0;

    public function __construct(private TcpConnection $connection)
    {
        $this->frames = new \SplQueue();
        $this->frames->setIteratorMode(\SplDoublyLinkedList::IT_MODE_FIFO | \SplDoublyLinkedList::IT_MODE_KEEP);
    }

    public function push(string $frame): void
    {
        // Each subscriber numbers its own frames so it can resume after a reconnect.
        $this->frames->enqueue(sprintf("id: %d.%d\n%s", $this->connection->id, ++$this->sequence, $frame)); // leak
    }

    public function flush(): int
    {
        $written = 0;
        foreach ($this->frames as $frame) {
            if (!$this->connection->send($frame)) {
                break;
            }
            $written++;
        }

        return $written;
    }
}
