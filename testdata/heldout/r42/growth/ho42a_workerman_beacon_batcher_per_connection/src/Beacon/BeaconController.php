<?php

declare(strict_types=1);

namespace App\Beacon;

use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Response;

final class BeaconController
{
    private const PIXEL = "GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;";

    private int $clock = 1700000000;

    public function __construct(private readonly BeaconBuffer $buffer)
    {
    }

    public function onMessage(TcpConnection $connection, Request $request): void
    {
        $beacon = Beacon::fromQuery(
            $request->get(),
            (string) $request->header('User-Agent', ''),
            (string) $request->header('X-Forwarded-For', $connection->getRemoteAddress()),
            $this->clock++,
        );
        if ($beacon !== null) {
            $this->buffer->push($connection->id, $beacon);
        }

        $connection->send(new Response(200, ['Content-Type' => 'image/gif', 'Cache-Control' => 'no-store'], self::PIXEL));
    }

    public function onClose(TcpConnection $connection): void
    {
        $this->buffer->close($connection->id);
    }
}
