<?php

$base = __DIR__ . '/laravel/framework/src/Illuminate';
require_once $base . '/Container/Container.php';
require_once $base . '/Support/Facades/Facade.php';
require_once $base . '/Support/Facades/Cache.php';
require_once $base . '/Support/Facades/Config.php';
require_once $base . '/Cache/ArrayStore.php';
require_once $base . '/Cache/Repository.php';
require_once $base . '/Http/Request.php';
require_once __DIR__ . '/laravel/octane/src/Worker.php';
