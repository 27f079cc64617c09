<?php
// Composer autoloader stand-in: loads the framework classes this app uses.
require_once __DIR__ . '/laravel/framework/src/Illuminate/Contracts/Queue/ShouldQueue.php';
require_once __DIR__ . '/laravel/framework/src/Illuminate/Container/Container.php';
require_once __DIR__ . '/laravel/framework/src/Illuminate/Queue/Worker.php';
