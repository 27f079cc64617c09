<?php

namespace App\Http;

use Illuminate\Container\Container;

final class ResponseSent
{
    public function __construct(public readonly string $path)
    {
    }
}

final class AttachMatchNonce
{
    public function handle(array $request): array
    {
        $nonce = bin2hex(random_bytes(8)) . str_repeat('-', 200);
        $events = Container::getInstance()->make('events');
        $events->listen(ResponseSent::class, function (ResponseSent $sent) use ($nonce): void { // leak
            header('X-Match-Nonce: ' . $nonce);
        });

        return ['path' => $request['path'], 'nonce' => $nonce];
    }
}
