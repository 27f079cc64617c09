<?php

// composer autoload; swoole/ide-helper is swapped for a runnable shim in CI
require_once __DIR__ . '/swoole/ide-helper/src/Swoole/Http/Request.php';
require_once __DIR__ . '/swoole/ide-helper/src/Swoole/Http/Response.php';
require_once __DIR__ . '/swoole/ide-helper/src/Swoole/Http/Server.php';
