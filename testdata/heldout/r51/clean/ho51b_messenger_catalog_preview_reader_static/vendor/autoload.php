<?php
// Stand-in for Composer's autoloader.
require_once __DIR__ . '/symfony/event-dispatcher.php';
require_once __DIR__ . '/symfony/messenger.php';
