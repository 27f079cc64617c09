<?php

namespace App\Handler;

use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;
use App\Repository\StockRepository;

final class StockLevelHandler implements RequestHandler
{
    public function __construct(private StockRepository $stock)
    {
    }

    public function handleRequest(Request $request): Response
    {
        if (!preg_match('#^/stock/(\d+)$#', $request->getUri()->getPath(), $m)) {
            return new Response(404, ['content-type' => 'application/json'], '{"error":"not found"}');
        }
        $levels = $this->stock->levels((int) $m[1]);

        return new Response(200, ['content-type' => 'application/json'], json_encode([
            'sku' => (int) $m[1],
            'levels' => $levels,
            'available' => array_sum($levels) > 0,
        ]));
    }
}
