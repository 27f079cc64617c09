<?php
// Composer autoloader stand-in: the framework pieces this app uses.
require __DIR__ . '/illuminate/Container.php';
require __DIR__ . '/illuminate/Facade.php';
require __DIR__ . '/illuminate/Cache.php';
