<?php

declare(strict_types=1);

require __DIR__ . '/vendor/laravel/request.php';
require __DIR__ . '/src/TokenGuard.php';

use App\Auth\TokenGuard;
use Illuminate\Http\Request;

final class Kernel
{
    public int $served = 0;

    public function handle(Request $request): string
    {
        new TokenGuard($request);
        $this->served++;

        return json_encode($request->user());
    }
}

$kernel = new Kernel();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(new Request(['authorization' => 'Bearer ' . bin2hex(random_bytes(16))], str_repeat("{\"item\":{$i}}", 40)));
}
