<?php

namespace App\Http\Controllers;

use App\Feed\ActivityFeed;
use Illuminate\Http\Request;

final class CommentController
{
    public function __construct(private ActivityFeed $feed) {}

    public function store(Request $request): string
    {
        $body = strip_tags((string) $request->input('body'));
        $evicted = $this->feed->push($request->userId, "commented on #{$request->input('post')}: {$body}");
        return json_encode(['status' => 'created', 'evicted' => count($evicted)]);
    }
}
