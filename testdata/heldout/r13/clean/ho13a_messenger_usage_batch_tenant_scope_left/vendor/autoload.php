<?php

require_once __DIR__ . '/symfony/messenger/src/Envelope.php';
require_once __DIR__ . '/symfony/messenger/src/MessageBus.php';
require_once __DIR__ . '/symfony/messenger/src/Worker.php';
