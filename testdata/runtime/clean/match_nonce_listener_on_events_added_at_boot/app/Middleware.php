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
    private string $nonce = '';

    public function boot(): void
    {
        $events = Container::getInstance()->make('events');
        $events->listen(ResponseSent::class, function (ResponseSent $sent): void {
            header('X-Match-Nonce: ' . $this->nonce);
        });
    }

    public function handle(array $request): array
    {
        $this->nonce = bin2hex(random_bytes(8)) . str_repeat('-', 200);

        return ['path' => $request['path'], 'nonce' => $this->nonce];
    }
}
