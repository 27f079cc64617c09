<?php

namespace App\Http;

use App\Context\RequestContextStore;
use Swoole\Http\Request;
use Swoole\Http\Response;

final class SearchController
{
    public function __construct(private RequestContextStore $contexts) {}

    public function __invoke(Request $request, Response $response): void
    {
        $ctx = $this->contexts->get($this->contexts->open($request));
        $results = array_map(fn (int $k) => "{$ctx->query['q']} #{$k}", range(1, 10));
        $response->end(json_encode(['locale' => $ctx->locale, 'results' => $results]));
    }
}
