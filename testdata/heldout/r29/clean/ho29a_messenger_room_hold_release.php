<?php

declare(strict_types=1);

// Symfony Messenger consumer (messenger:consume holds) placing short-lived
// room holds while a guest completes checkout.

interface MessageHandlerInterface
{
}

final class PlaceRoomHold
{
    public function __construct(
        public readonly string $holdId,
        public readonly int $propertyId,
        public readonly string $roomCode,
        public readonly string $guestEmail,
        public readonly string $guestName,
        public readonly array $nights,
        public readonly int $ttlSeconds,
    ) {
    }
}

final class HoldExpiry
{
    private ?Closure $onExpire = null;

    public function __construct(public readonly DateTimeImmutable $at)
    {
    }

    public function onExpire(callable $callback): void
    {
        $this->onExpire = Closure::fromCallable($callback);
    }

    public function fireIfDue(DateTimeImmutable $now): bool
    {
        if ($now < $this->at || $this->onExpire === null) {
            return false;
        }
        ($this->onExpire)('ttl_elapsed');
        $this->onExpire = null;

        return true;
    }
}

final class BookingHold
{
    private string $status = 'held';
    private ?string $releaseReason = null;
    private HoldExpiry $expiry;
    private array $lines = [];

    public function __construct(
        public readonly string $id,
        public readonly int $propertyId,
        public readonly string $roomCode,
        private readonly string $guestEmail,
        private readonly string $guestName,
        DateTimeImmutable $expiresAt,
    ) {
        $this->expiry = new HoldExpiry($expiresAt);
        $self = WeakReference::create($this);
        $this->expiry->onExpire(static function (string $reason) use ($self): void {
            $self->get()?->release($reason);
        });
    }

    public function addNight(string $date, float $rate): void
    {
        $this->lines[] = ['date' => $date, 'rate' => $rate, 'label' => sprintf('%s night of %s for %s', $this->roomCode, $date, $this->guestName)];
    }

    public function expiry(): HoldExpiry
    {
        return $this->expiry;
    }

    public function release(string $reason): void
    {
        $this->status = 'released';
        $this->releaseReason = $reason;
    }

    public function total(): float
    {
        return array_sum(array_column($this->lines, 'rate'));
    }

    public function toRow(): array
    {
        return [
            'id' => $this->id,
            'room' => $this->roomCode,
            'status' => $this->status,
            'reason' => $this->releaseReason,
            'total' => $this->total(),
            'expires_at' => $this->expiry->at->format(DATE_ATOM),
        ];
    }
}

final class RoomHoldBoard
{
    /** @var array<string, array> latest hold row per room, the room list is fixed per property */
    private array $byRoom = [];

    public function put(BookingHold $hold): void
    {
        $this->byRoom[$hold->propertyId . ':' . $hold->roomCode] = $hold->toRow();
    }
}

final class PlaceRoomHoldHandler implements MessageHandlerInterface
{
    public function __construct(
        private readonly RoomHoldBoard $board,
        private readonly array $rateCard,
    ) {
    }

    public function __invoke(PlaceRoomHold $message): void
    {
        $hold = new BookingHold(
            $message->holdId,
            $message->propertyId,
            $message->roomCode,
            $message->guestEmail,
            $message->guestName,
            new DateTimeImmutable('@' . (1767225600 + $message->ttlSeconds)),
        );
        foreach ($message->nights as $date) {
            $hold->addNight($date, $this->rateCard[$message->roomCode] ?? 120.0);
        }
        $hold->expiry()->fireIfDue(new DateTimeImmutable('@1767225600'));
        $this->board->put($hold);
    }
}

$handler = new PlaceRoomHoldHandler(new RoomHoldBoard(), ['DBL' => 140.0, 'TWN' => 135.0, 'KNG' => 189.0, 'STE' => 320.0]);
$rooms = ['DBL', 'TWN', 'KNG', 'STE'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $nights = [];
    for ($d = 0; $d < 1 + $i % 3; $d++) {
        $nights[] = date('Y-m-d', 1767225600 + 86400 * ($i % 90 + $d));
    }
    $handler(new PlaceRoomHold(
        holdId: sprintf('hold_%08x', 0x5f000 + $i),
        propertyId: 77 + $i % 3,
        roomCode: $rooms[$i % 4],
        guestEmail: "guest{$i}@example.org",
        guestName: 'Guest ' . $i,
        nights: $nights,
        ttlSeconds: 900,
    ));
}
