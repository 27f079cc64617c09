<?php

declare(strict_types=1);

require __DIR__ . '/vendor/frankenphp/worker.php';
require __DIR__ . '/src/Model/Comment.php';
require __DIR__ . '/src/Thread/ThreadRepository.php';
require __DIR__ . '/src/Http/CommentThreadAction.php';

use Blog\Http\CommentThreadAction;
use Blog\Thread\ThreadRepository;

ignore_user_abort(true);

$action = new CommentThreadAction(new ThreadRepository());

$handler = static function () use ($action): void {
    $action($_GET);
};

while (frankenphp_handle_request($handler)) {
    // next request
}
