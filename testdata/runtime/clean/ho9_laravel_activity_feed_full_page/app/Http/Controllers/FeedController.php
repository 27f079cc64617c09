<?php
namespace App\Http\Controllers;

use App\Services\ActivityFeed;
use Illuminate\Http\Request;

final class FeedController
{
    public function __construct(private ActivityFeed $feed) {}

    public function index(Request $request): array
    {
        $cursor = $request->query('cursor', bin2hex(random_bytes(8)));
        $page = [];
        foreach ($this->feed->stream($request->user(), $cursor) as $item) {
            $page[] = "<li>{$item->text}</li>";
        }
        return ['items' => $page, 'next' => null];
    }
}
