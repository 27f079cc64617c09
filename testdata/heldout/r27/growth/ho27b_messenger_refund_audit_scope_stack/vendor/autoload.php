<?php

require __DIR__ . '/symfony/messenger/Envelope.php';
require __DIR__ . '/symfony/messenger/MessageBus.php';
require __DIR__ . '/symfony/messenger/Worker.php';
