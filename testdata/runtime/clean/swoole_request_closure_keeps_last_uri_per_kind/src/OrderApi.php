<?php

namespace App;

use Swoole\Http\Request;
use Swoole\Http\Response;
use Swoole\Http\Server;

final class OrderApi
{
    /** @var array<string, string> */
    private array $lastByKind = [];

    public function run(Server $server): void
    {
        $server->on('request', function (Request $request, Response $response): void {
            $kind = match ($request->server['request_method']) {
                'GET', 'HEAD' => 'read',
                default => 'write',
            };
            $this->lastByKind[$kind] = $request->server['request_uri'];
            $response->end('ok');
        });
        $server->start();
    }
}
