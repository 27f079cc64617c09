<?php

require_once __DIR__ . '/acme/events/src/Dispatcher.php';
