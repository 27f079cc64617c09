<?php

namespace Amp\Http\Server;

/**
 * Stand-in: instead of accepting sockets, replays a fixed mix of API calls
 * against the handler, one after another, in the same process.
 */
final class SocketHttpServer
{
    private array $addresses = [];

    public function expose(string $address): void
    {
        $this->addresses[] = $address;
    }

    public function start(RequestHandler $handler, int $requests): void
    {
        $calls = [
            ['GET', '/v1/orders/%d'],
            ['GET', '/v1/invoices/%d'],
            ['POST', '/v1/orders/%d/refunds'],
            ['GET', '/v1/customers/%d'],
        ];
        for ($i = 1; $i <= $requests; $i++) {
            [$method, $path] = $calls[$i % count($calls)];
            $request = new Request($method, sprintf($path, 5000 + $i), [
                'x-tenant' => 'tenant-' . ($i % 5),
                'accept-encoding' => 'gzip',
            ], $method === 'POST' ? json_encode(['reason' => 'damaged', 'amount' => $i % 90]) : '');
            $handler->handleRequest($request);
        }
    }
}
