<?php

declare(strict_types=1);

use App\Auth\PrincipalResolver;
use App\Http\AuthMiddleware;
use App\Http\ProfileController;
use React\EventLoop\Loop;
use React\Http\HttpServer;

require __DIR__ . '/src/React/Stubs.php';
require __DIR__ . '/src/Auth/Principal.php';
require __DIR__ . '/src/Auth/PrincipalResolver.php';
require __DIR__ . '/src/Http/AuthMiddleware.php';
require __DIR__ . '/src/Http/ProfileController.php';

$principals = new PrincipalResolver();
$server = new HttpServer(
    new AuthMiddleware($principals),
    new ProfileController($principals),
);

Loop::runHttp($server, (int) (getenv('PHPLEAK_N') ?: 100));
