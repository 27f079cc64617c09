<?php

// Composer classmap, flattened: every vendor class is loaded eagerly.
$illuminate = __DIR__ . '/laravel/framework/src/Illuminate';

require_once $illuminate . '/Container/Container.php';
require_once $illuminate . '/Config/Repository.php';
require_once $illuminate . '/Events/Dispatcher.php';
require_once $illuminate . '/Foundation/Application.php';
require_once $illuminate . '/Support/ServiceProvider.php';
require_once $illuminate . '/Support/Facades/Facade.php';
require_once $illuminate . '/Http/Request.php';
require_once $illuminate . '/Http/Response.php';
require_once $illuminate . '/Http/JsonResponse.php';
require_once $illuminate . '/Pipeline/Pipeline.php';
require_once $illuminate . '/Routing/Router.php';
require_once $illuminate . '/Foundation/Http/Kernel.php';
require_once $illuminate . '/helpers.php';

require_once __DIR__ . '/laravel/octane/src/RequestContext.php';
require_once __DIR__ . '/laravel/octane/src/Events/RequestReceived.php';
require_once __DIR__ . '/laravel/octane/src/Events/RequestTerminated.php';
require_once __DIR__ . '/laravel/octane/src/Worker.php';
