<?php

require __DIR__ . '/laravel-lite/Container.php';
require __DIR__ . '/laravel-lite/Cache.php';
require __DIR__ . '/laravel-lite/Facade.php';
