<?php

namespace App;

use Swoole\Http\Request;
use Swoole\Http\Response;
use Swoole\Http\Server;

final class OrderApi
{
    /** @var list<string> */
    private array $recent = [];

    public function run(Server $server): void
    {
        $server->on('request', function (Request $request, Response $response): void {
            $this->recent[] = $request->server['request_method'] . ' ' . $request->server['request_uri']; // leak
            $response->end('ok');
        });
        $server->start();
    }
}
