<?php

/*
| Create the application: one Illuminate\Foundation\Application per worker process.
*/

$app = new Illuminate\Foundation\Application(dirname(__DIR__));

$app->singleton(Illuminate\Contracts\Console\Kernel::class, App\Console\Kernel::class);

return $app;
