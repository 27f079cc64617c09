<?php
// Ratchet RPC gateway for checkout pages: CALL frames ask the rate service for shipping quotes and each reply is settled once it goes back to the caller.

declare(strict_types=1);

use Ratchet\Server\IoServer;
use React\Socket\SocketServer;
use Shipping\Rpc\{RateService, RpcGateway};

require __DIR__ . '/vendor/cboden/ratchet.php';
require __DIR__ . '/src/RateService.php';
require __DIR__ . '/src/RpcGateway.php';

$server = IoServer::factory(new RpcGateway(new RateService()), 8095);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
SocketServer::$traffic = (static function () use ($n): Generator {
    for ($i = 0; $i < $n; $i++) {
        $parcel = ['weight_g' => 200 + $i % 900, 'from' => 'DE-10115', 'to' => sprintf('FR-%05d', 75000 + $i % 99), 'contents' => "books, order {$i}"];
        yield ['10.9.' . ($i % 200) . '.3:' . (40000 + $i), [json_encode(['CALL', bin2hex(random_bytes(12)), 'shipping.quote', $parcel])]];
    }
})();

$server->run();
