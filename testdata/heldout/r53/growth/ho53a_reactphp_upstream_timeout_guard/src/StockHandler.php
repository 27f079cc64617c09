<?php

namespace App;

use React\Http\Message\Response;
use React\Http\Message\ServerRequest;
use React\Promise\PromiseInterface;

final class StockHandler
{
    public function __construct(private UpstreamClient $inventory, private TimeoutGuard $timeouts)
    {
    }

    public function __invoke(ServerRequest $request): PromiseInterface
    {
        $sku = basename(parse_url($request->uri, PHP_URL_PATH));
        $upstream = $this->inventory->get('/stock/' . $sku, [
            'x-correlation-id' => $request->getHeaderLine('X-Correlation-Id'),
        ]);

        return $this->timeouts->guard($upstream, 'inventory ' . $sku)->then(
            static fn (Response $r) => new Response(200, ['content-type' => 'application/json', 'cache-control' => 'max-age=5'], $r->body),
            static fn (\Throwable $e) => new Response($e instanceof TimeoutException ? 504 : 502, [], $e->getMessage()),
        );
    }
}
