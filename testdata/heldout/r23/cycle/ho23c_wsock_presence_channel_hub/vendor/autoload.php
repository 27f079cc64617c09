<?php

require_once __DIR__ . '/wsock/src/EventEmitterTrait.php';
require_once __DIR__ . '/wsock/src/Connection.php';
require_once __DIR__ . '/wsock/src/Server.php';
