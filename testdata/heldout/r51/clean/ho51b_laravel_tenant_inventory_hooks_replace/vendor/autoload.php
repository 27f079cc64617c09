<?php
// Stand-in for Composer's autoloader.
require_once __DIR__ . '/illuminate/Container.php';
require_once __DIR__ . '/illuminate/Bus.php';
require_once __DIR__ . '/illuminate/Queue.php';
