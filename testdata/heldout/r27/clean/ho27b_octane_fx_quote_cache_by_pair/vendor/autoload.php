<?php

require __DIR__ . '/illuminate/container.php';
require __DIR__ . '/illuminate/http.php';
require __DIR__ . '/illuminate/cache.php';
require __DIR__ . '/illuminate/facades.php';
require __DIR__ . '/illuminate/routing.php';
require __DIR__ . '/laravel/octane/worker.php';
