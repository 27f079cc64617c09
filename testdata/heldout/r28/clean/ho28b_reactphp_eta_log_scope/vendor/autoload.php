<?php
require __DIR__ . '/react/event-loop.php';
require __DIR__ . '/react/http.php';
require __DIR__ . '/monolog/Logger.php';
