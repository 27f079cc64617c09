<?php

declare(strict_types=1);

// swoole/ide-helper userland fallbacks, loaded when the extension is absent (CLI tooling, CI)
if (!class_exists(\Swoole\Http\Server::class, false)) {
    require_once __DIR__ . '/swoole/ide-helper/src/Http/Request.php';
    require_once __DIR__ . '/swoole/ide-helper/src/Http/Response.php';
    require_once __DIR__ . '/swoole/ide-helper/src/Http/Server.php';
}
