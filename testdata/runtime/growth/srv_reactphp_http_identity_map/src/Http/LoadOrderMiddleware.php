<?php

namespace App\Http;

use App\Order\OrderIdentityMap;
use App\Order\OrderRepository;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use React\Http\Message\Response;

final class LoadOrderMiddleware
{
    public function __construct(private OrderRepository $orders, private OrderIdentityMap $identityMap)
    {
    }

    public function __invoke(ServerRequestInterface $request, callable $next): ResponseInterface
    {
        if (!preg_match('#^/api/orders/(\d+)$#', $request->getUri()->getPath(), $m)) {
            return $next($request);
        }
        $order = $this->orders->find((int) $m[1]);
        if ($order === null) {
            return new Response(404, ['Content-Type' => 'application/json'], '{"error":"order not found"}');
        }
        $this->identityMap->remember($order);

        return $next($request);
    }
}
