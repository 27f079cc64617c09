<?php

/*
| Create the application: one Illuminate\Foundation\Application per worker process.
*/

$app = new Illuminate\Foundation\Application(dirname(__DIR__));

$app->singleton(Illuminate\Contracts\Http\Kernel::class, App\Http\Kernel::class);

return $app;
