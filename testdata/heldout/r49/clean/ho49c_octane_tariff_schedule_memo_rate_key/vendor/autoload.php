<?php

require __DIR__ . '/laravel/framework/src/Illuminate/Container/Container.php';
require __DIR__ . '/laravel/framework/src/Illuminate/Support/Facades/Facade.php';
require __DIR__ . '/laravel/framework/src/Illuminate/Http/Request.php';
require __DIR__ . '/laravel/framework/src/Illuminate/Http/JsonResponse.php';
require __DIR__ . '/laravel/octane/src/Worker.php';
