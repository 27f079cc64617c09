<?php
declare(strict_types=1);

// Swoole HTTP worker for a timed-auction site: POST /lots/{lot}/bids opens the
// lot's bidding room for the request, admits the bidders named in the payload,
// replays their bids and answers with the leading paddle.

final class Bid
{
    public function __construct(
        public readonly string $paddle,
        public readonly int $amountCents,
        public readonly float $placedAt,
    ) {
    }
}

final class Bidder
{
    /** @var WeakReference<AuctionRoom>|null */
    private ?WeakReference $room = null;
    private int $lastBidCents = 0;

    public function __construct(
        public readonly string $paddle,
        public readonly string $displayName,
        public readonly int $creditLimitCents,
    ) {
    }

    public function enteredRoom(AuctionRoom $room): void
    {
        $this->room = WeakReference::create($room);
    }

    public function raiseTo(int $amountCents): bool
    {
        $room = $this->room?->get();
        if ($room === null || $amountCents > $this->creditLimitCents) {
            return false;
        }
        if (!$room->accept($this, $amountCents)) {
            return false;
        }
        $this->lastBidCents = $amountCents;

        return true;
    }

    public function lastBid(): int
    {
        return $this->lastBidCents;
    }
}

final class AuctionRoom
{
    /** @var array<string, Bidder> */
    private array $bidders = [];
    /** @var list<Bid> */
    private array $ledger = [];
    private int $askingCents;

    public function __construct(
        public readonly string $lotId,
        int $openingCents,
        private readonly int $incrementCents,
    ) {
        $this->askingCents = $openingCents;
    }

    public function admit(Bidder $bidder): void
    {
        $this->bidders[$bidder->paddle] = $bidder;
        $bidder->enteredRoom($this);
    }

    public function accept(Bidder $bidder, int $amountCents): bool
    {
        if (!isset($this->bidders[$bidder->paddle]) || $amountCents < $this->askingCents) {
            return false;
        }
        $this->ledger[] = new Bid($bidder->paddle, $amountCents, microtime(true));
        $this->askingCents = $amountCents + $this->incrementCents;

        return true;
    }

    public function leader(): ?Bid
    {
        return $this->ledger === [] ? null : $this->ledger[array_key_last($this->ledger)];
    }

    public function askingCents(): int
    {
        return $this->askingCents;
    }
}

final class LotCatalogue
{
    /** @var array<string, array{opening:int, increment:int}> */
    private array $lots;

    public function __construct(array $lots)
    {
        $this->lots = $lots;
    }

    public function terms(string $lotId): array
    {
        return $this->lots[$lotId] ?? ['opening' => 1000, 'increment' => 100];
    }
}

final class AuctionRoomFactory
{
    public function __construct(private readonly LotCatalogue $catalogue)
    {
    }

    public function open(string $lotId): AuctionRoom
    {
        $terms = $this->catalogue->terms($lotId);

        return new AuctionRoom($lotId, $terms['opening'], $terms['increment']);
    }
}

final class PlaceBidsHandler
{
    public function __construct(private readonly AuctionRoomFactory $rooms)
    {
    }

    public function handle(array $request): array
    {
        $room = $this->rooms->open($request['lot']);
        $bidders = [];
        foreach ($request['bidders'] as $row) {
            $bidder = new Bidder($row['paddle'], $row['name'], $row['limit']);
            $room->admit($bidder);
            $bidders[] = $bidder;
        }

        foreach ($request['rounds'] as $k => $raise) {
            $bidder = $bidders[$k % count($bidders)];
            $bidder->raiseTo($room->askingCents() + $raise);
        }

        $leader = $room->leader();

        return [
            'status' => 200,
            'body' => json_encode([
                'lot' => $room->lotId,
                'leader' => $leader?->paddle,
                'amount' => $leader?->amountCents,
                'next' => $room->askingCents(),
            ]),
        ];
    }
}

// --- worker boot --------------------------------------------------------
$handler = new PlaceBidsHandler(new AuctionRoomFactory(new LotCatalogue([
    'LOT-1042' => ['opening' => 25000, 'increment' => 500],
    'LOT-1043' => ['opening' => 8000, 'increment' => 250],
    'LOT-1044' => ['opening' => 120000, 'increment' => 2500],
])));
$onRequest = static function (array $request) use ($handler): array {
    return $handler->handle($request);
};

$lots = ['LOT-1042', 'LOT-1043', 'LOT-1044', 'LOT-1045'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = [
        'lot' => $lots[$i % count($lots)],
        'bidders' => [
            ['paddle' => 'P' . (100 + $i % 90), 'name' => 'Bidder ' . ($i * 7 % 1000), 'limit' => 500000],
            ['paddle' => 'P' . (300 + $i % 70), 'name' => 'Bidder ' . ($i * 13 % 1000), 'limit' => 90000 + $i % 5000],
        ],
        'rounds' => [0, 500 + $i % 300, 250, 1000],
    ];
    $response = $onRequest($request);
}
