<?php

require __DIR__ . '/messenger-lite/Envelope.php';
require __DIR__ . '/messenger-lite/MessageBus.php';
require __DIR__ . '/messenger-lite/Worker.php';
