<?php

require_once __DIR__ . '/laravel/framework/Container.php';
require_once __DIR__ . '/laravel/framework/Facade.php';
require_once __DIR__ . '/laravel/octane/Worker.php';
