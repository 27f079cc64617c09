<?php

require_once __DIR__ . '/symfony/messenger/Envelope.php';
require_once __DIR__ . '/symfony/messenger/MessageBus.php';
require_once __DIR__ . '/symfony/messenger/Worker.php';
