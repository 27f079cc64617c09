<?php

declare(strict_types=1);

require_once __DIR__ . '/evenement/evenement/src/EventEmitterInterface.php';
require_once __DIR__ . '/evenement/evenement/src/EventEmitterTrait.php';
require_once __DIR__ . '/evenement/evenement/src/EventEmitter.php';
require_once __DIR__ . '/react/event-loop/src/TimerInterface.php';
require_once __DIR__ . '/react/event-loop/src/Timer.php';
require_once __DIR__ . '/react/event-loop/src/Loop.php';
require_once __DIR__ . '/react/socket/src/ConnectionInterface.php';
require_once __DIR__ . '/react/socket/src/Connection.php';
require_once __DIR__ . '/react/socket/src/SocketServer.php';
