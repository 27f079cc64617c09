<?php

namespace Venue\Http;

use Venue\Ticketing\SeatHoldService;
use Workerman\Connection\TcpConnection;

final class HoldController
{
    public function __construct(private readonly SeatHoldService $holds)
    {
    }

    public function __invoke(TcpConnection $connection, string $data): void
    {
        $request = json_decode($data, true, 8, JSON_THROW_ON_ERROR);
        $now = new \DateTimeImmutable('@' . $request['ts']);

        $basket = $this->holds->holdSeats(
            $request['basket'],
            $request['event'],
            strtolower($request['email']),
            $request['seats'],
            $now,
        );

        $connection->send(json_encode([
            'basket' => $basket->id,
            'total' => $basket->totalCents(),
            'tokens' => $basket->tokens(),
        ]));
    }
}
