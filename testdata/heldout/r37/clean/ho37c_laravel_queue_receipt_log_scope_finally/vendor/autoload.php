<?php

require __DIR__ . '/laravel-lite/Container.php';
require __DIR__ . '/laravel-lite/Support.php';
require __DIR__ . '/monolog-lite/Logger.php';
