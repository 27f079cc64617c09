<?php

declare(strict_types=1);

use Monolog\Handler\FingersCrossedHandler;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;

// monolog.handlers.main: fingers_crossed, action_level: error, buffer_size: 50, handler: nested
return static fn (): Logger => new Logger('messenger', [
    new FingersCrossedHandler(new StreamHandler('php://stderr'), Logger::ERROR, 50),
]);
