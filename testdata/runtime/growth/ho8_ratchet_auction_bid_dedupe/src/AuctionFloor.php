<?php

declare(strict_types=1);

namespace Auction\Live;

use Ratchet\ConnectionInterface;
use Ratchet\MessageComponentInterface;

final class Bid
{
    public function __construct(
        public readonly string $id,
        public readonly string $bidder,
        public readonly int $amountCents,
        public readonly string $signature,
    ) {}
}

final class AuctionFloor implements MessageComponentInterface
{
    private \SplObjectStorage $bidders;
    private ?Bid $highest = null;

    /** @var array<string, Bid> bids already processed, to ignore client retries */
    private array $processed = [];

    public function __construct()
    {
        $this->bidders = new \SplObjectStorage();
    }

    public function onOpen(ConnectionInterface $conn)
    {
        $this->bidders->attach($conn);
    }

    public function onMessage(ConnectionInterface $from, $msg)
    {
        $data = json_decode($msg, true, flags: JSON_THROW_ON_ERROR);
        if (isset($this->processed[$data['id']])) {
            return;
        }
        $bid = new Bid($data['id'], $data['bidder'], $data['amount'], $data['signature']);
        $this->processed[$bid->id] = $bid; // leak

        if ($this->highest === null || $bid->amountCents > $this->highest->amountCents) {
            $this->highest = $bid;
            foreach ($this->bidders as $bidder) {
                $bidder->send(json_encode(['type' => 'highest', 'amount' => $bid->amountCents, 'bidder' => $bid->bidder]));
            }
        }
    }

    public function onClose(ConnectionInterface $conn)
    {
        $this->bidders->detach($conn);
    }

    public function onError(ConnectionInterface $conn, \Exception $e)
    {
        $conn->close();
    }
}
