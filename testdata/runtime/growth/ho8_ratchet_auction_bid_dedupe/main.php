<?php
// Ratchet live-auction floor: signed bids arrive over the socket, client retries are ignored and new highest bids are broadcast.

declare(strict_types=1);

use Auction\Live\AuctionFloor;
use Ratchet\Server\IoServer;
use React\Socket\SocketServer;

require __DIR__ . '/vendor/cboden/ratchet.php';
require __DIR__ . '/src/AuctionFloor.php';

$server = IoServer::factory(new AuctionFloor(), 8181);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
SocketServer::$traffic = (static function () use ($n): Generator {
    for ($i = 0; $i < $n; $i++) {
        $bid = json_encode(['id' => bin2hex(random_bytes(16)), 'bidder' => "paddle-{$i}", 'amount' => 10000 + $i * 50, 'signature' => base64_encode(random_bytes(512))]);
        yield ['198.18.' . ($i % 200) . '.9:' . (60000 - $i), [$bid, $bid]];
    }
})();

$server->run();
