<?php

require_once __DIR__ . '/symfony-lite/messenger/Envelope.php';
require_once __DIR__ . '/symfony-lite/messenger/Stamps.php';
require_once __DIR__ . '/symfony-lite/messenger/MessageBus.php';
require_once __DIR__ . '/symfony-lite/messenger/Transport.php';
require_once __DIR__ . '/symfony-lite/messenger/Worker.php';
