<?php

require __DIR__ . '/illuminate/container/Container.php';
require __DIR__ . '/illuminate/support/Facades/Facade.php';
require __DIR__ . '/illuminate/events/Dispatcher.php';
require __DIR__ . '/illuminate/http/Request.php';
require __DIR__ . '/laravel/octane/Events/RequestReceived.php';
require __DIR__ . '/laravel/octane/Events/RequestTerminated.php';
require __DIR__ . '/laravel/octane/Events/WorkerStopping.php';
