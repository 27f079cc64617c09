<?php
// Stand-in for Composer's autoloader: loads the framework stand-ins.
require_once __DIR__ . '/illuminate/Container.php';
require_once __DIR__ . '/illuminate/Foundation.php';
require_once __DIR__ . '/illuminate/Http.php';
require_once __DIR__ . '/illuminate/Events.php';
require_once __DIR__ . '/illuminate/helpers.php';
require_once __DIR__ . '/laravel/octane/Octane.php';
