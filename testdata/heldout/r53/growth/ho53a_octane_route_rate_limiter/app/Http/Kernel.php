<?php

namespace App\Http;

class Kernel extends \Illuminate\Foundation\Http\Kernel
{
    protected array $middleware = [
        \App\Http\Middleware\ThrottleRequests::class,
    ];
}
