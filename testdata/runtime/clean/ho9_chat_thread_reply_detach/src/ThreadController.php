<?php

namespace App\Chat;

use Swoole\Http\Request;
use Swoole\Http\Response;

final class ThreadController
{
    public function reply(Request $request, Response $response): void
    {
        $root = new Message('system', 'Thread #' . $request->get['thread']);
        $reply = new Message('guest', $request->post['text']);
        $reply->attachTo($root);

        try {
            $response->header('Content-Type', 'application/json');
            $response->end(json_encode(['depth' => $reply->depth(), 'replies' => $root->replyCount()]));
        } finally {
            $reply->detach();
        }
    }
}
