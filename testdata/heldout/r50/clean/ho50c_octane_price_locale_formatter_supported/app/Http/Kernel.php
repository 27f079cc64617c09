<?php

namespace App\Http;

use Illuminate\Foundation\Http\Kernel as HttpKernel;

class Kernel extends HttpKernel
{
    protected array $middleware = [
        Middleware\AddRequestId::class,
        Middleware\ResolveRequestLocale::class,
    ];
}
