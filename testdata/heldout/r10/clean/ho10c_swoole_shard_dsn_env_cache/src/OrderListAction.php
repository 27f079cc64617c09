<?php

declare(strict_types=1);

namespace Storefront\Http;

use Storefront\Tenancy\TenantConnectionResolver;
use Swoole\Http\Request;
use Swoole\Http\Response;

final class OrderListAction
{
    public function __construct(private TenantConnectionResolver $connections)
    {
    }

    public function __invoke(Request $request, Response $response): void
    {
        $dsn = $this->connections->dsnForShard($request->header['x-shard'] ?? '');
        $page = max(1, (int) ($request->get['page'] ?? 1));

        $response->header('Content-Type', 'application/json');
        $response->end(json_encode([
            'page' => $page,
            'data' => [],
            'db' => parse_url($dsn, PHP_URL_HOST),
        ]));
    }
}
