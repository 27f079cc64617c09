<?php

namespace App\Http;

use Illuminate\Lite\Container;

final class Kernel
{
    public function __construct(private Container $app)
    {
    }

    public function handle(string $method, string $path, array $payload): array
    {
        if ($method === 'POST' && $path === '/matters/intake') {
            return $this->app->make(MatterIntakeController::class)->store($payload);
        }

        return ['status' => 404];
    }

    public function terminate(): void
    {
        // FPM runs terminable middleware here; nothing registered.
    }
}
